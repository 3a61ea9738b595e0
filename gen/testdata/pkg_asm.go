package main

import "goctest/asm"

func main() { println(asm.Sub(3, 1), asm.Add(1, 2)) }
