package main

import "strings"

type pair struct{ a, b string }

func main() {
	p := pair{strings.Repeat("-", 4), strings.ToUpper("go")}
	println(p.b, len(p.a), p.a)
}
