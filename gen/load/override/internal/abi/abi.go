// Package abi is goc's replacement for internal/abi: only what the
// translated standard packages use.
package abi

import "unsafe"

// NoEscape hides p from the escape analysis (gc's, and goc's in
// gen/lower/escape.go, which follows a pointer through uintptr arithmetic
// only inside one conversion expression): p's value does not flow to the
// result, so a strings.Builder whose copyCheck stores its own address can
// stay on the stack.
func NoEscape(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}
