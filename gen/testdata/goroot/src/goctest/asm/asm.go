// Package asm declares a function implemented in assembly, as GOROOT packages do.
package asm

func Add(a, b int) int

func Sub(a, b int) int { return a - b }
