package main

import (
	"goctest/asm"
	"goctest/needsasm"
)

func main() { println(asm.Sub(3, 1), needsasm.Three(), asm.Add(1, 2)) }
