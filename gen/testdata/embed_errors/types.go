package main

import _ "embed"

//go:embed a.txt
var n int

//go:embed a.txt b.txt
var two []byte

func main() { println(n, two) }
