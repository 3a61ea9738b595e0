// Package cgodep is a module that needs cgo.
package cgodep

// int four(void) { return 4; }
import "C"

func Four() int { return int(C.four()) }
