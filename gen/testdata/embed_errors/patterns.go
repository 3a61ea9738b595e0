package main

import _ "embed"

//go:embed a.txt missing.txt
var s string

//go:embed emptydir
var t string

func main() { println(s, t) }
