package main

//go:embed a.txt
var s string

func main() { println(s) }
