//go:build goc

// goc replaces the GOROOT file of this name: on amd64 it declares a function
// implemented in assembly. goc uses the pure-Go fallback instead, as gc does
// on architectures without the assembly.
package math

const haveArchFloor = false

func archFloor(x float64) float64 { panic("not implemented") }

const haveArchCeil = false

func archCeil(x float64) float64 { panic("not implemented") }

const haveArchTrunc = false

func archTrunc(x float64) float64 { panic("not implemented") }
