// Package cgouse uses cgo, with no file that builds without it.
package cgouse

// int three(void) { return 3; }
import "C"

func Three() int { return int(C.three()) }
