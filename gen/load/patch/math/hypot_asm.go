//go:build goc

// goc replaces the GOROOT file of this name: on amd64 it declares a function
// implemented in assembly. goc uses the pure-Go fallback instead, as gc does
// on architectures without the assembly.
package math

const haveArchHypot = false

func archHypot(p, q float64) float64 { panic("not implemented") }
