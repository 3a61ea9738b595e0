package main

import "embed"

//go:embed a.txt
var n int

//go:embed a.txt
var x, y string

//go:embed a.txt
var z string = "init"

//go:embed a.txt b.txt
var two []byte

//go:embed a.txt
func main() { println(n, x, y, z, two, embed.FS{} == embed.FS{}) }
