// Package variables initialized with top-level functions (static closures,
// which goc build keeps only when the variable is reached), and with
// other variables and calls (initialized in order by code).
package main

import (
	"fmt"
	"strings"
)

func double(x int) int { return 2 * x }

var (
	f                   = double
	g                   = strings.ToUpper
	h     func(int) int = double
	order               = record("order")
	k                   = later
)

func later() string { return "later " + order }

func record(s string) string { fmt.Println("init", s); return s }

var table = []func(int) int{double, f}

func main() {
	fmt.Println(f(21), g("abc"), h(4), k())
	fmt.Println(table[0](1), table[1](2))
	f = func(x int) int { return x + 1 }
	fmt.Println(f(1))
}
