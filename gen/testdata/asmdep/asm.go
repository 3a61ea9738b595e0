// Package asmdep declares a function implemented in assembly (asm_amd64.s)
// with no pure-Go fallback, as some modules do.
package asmdep

func Add(a, b int) int

func Sub(a, b int) int { return a - b }
