// Package clock reaches the runtime through //go:linkname, as GOROOT's time
// package does: runtimeNano is implemented by the C runtime's
// runtime__nanotime; unprovided has no implementation anywhere.
package clock

import _ "unsafe" // for go:linkname

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

func unprovided() int64

// Monotonic reports whether two readings of the monotonic clock are
// positive and do not go backwards.
func Monotonic() bool {
	a := runtimeNano()
	b := runtimeNano()
	return a > 0 && b >= a
}

// Broken calls the function nothing implements.
func Broken() int64 { return unprovided() }
