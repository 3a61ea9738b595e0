// goc replaces funcpc.go: gc implements FuncPCABI0 and FuncPCABIInternal as compiler intrinsics; here they read the code pointer of the func value's closure.

//go:build goc

package abi

import "unsafe"

// FuncPCABI0 returns the entry PC of the function f (a func value): the
// first word of its closure, goc's only calling convention.
func FuncPCABI0(f interface{}) uintptr {
	return funcPC(f)
}

// FuncPCABIInternal returns the entry PC of the function f (a func value).
func FuncPCABIInternal(f interface{}) uintptr {
	return funcPC(f)
}

// funcPC: a func value is pointer-shaped, so the interface's data word is
// the closure itself; its first word is the code.
func funcPC(f interface{}) uintptr {
	e := (*EmptyInterface)(unsafe.Pointer(&f))
	if e.Data == nil {
		return 0
	}
	return *(*uintptr)(e.Data)
}
