package main

import (
	"example.com/needsdep/broken"
	"example.com/needsdep/uses"
)

func main() { println(broken.F(), uses.G()) }
