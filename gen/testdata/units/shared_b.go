package main

import (
	"fmt"
	"strings"
)

type pair struct{ a, b string }

func main() {
	p := pair{strings.Repeat("-", 4), strings.ToUpper("go")}
	fmt.Println(p.b, len(p.a), p.a)
}
