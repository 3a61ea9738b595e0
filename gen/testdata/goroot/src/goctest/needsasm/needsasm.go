// Package needsasm builds on package asm, whose Add is assembly.
package needsasm

import "goctest/asm"

// Three calls asm.Add.
func Three() int { return asm.Add(1, 2) }
