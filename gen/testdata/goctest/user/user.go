// Package user declares functions whose bodies are Go code of package impl
// (//go:linkname in either direction).
package user

import (
	_ "goctest/impl"
	_ "unsafe" // for go:linkname
)

// double is pushed by impl.
func double(x int) int

//go:linkname triple goctest/impl.triple
func triple(x int) int

// Sum returns double(x) + triple(x).
func Sum(x int) int { return double(x) + triple(x) }
