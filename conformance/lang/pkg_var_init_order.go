// Package-level variables are initialised in dependency order, not source
// order; independent ones in declaration order; all before init() and main.
package main

import "fmt"

var trace []string

func note(name string, v int) int {
	trace = append(trace, name)
	return v
}

var (
	a = c + b       // needs b and c: initialised after them
	b = f()         // needs d through f
	c = note("c", 3)
	d = note("d", 4)
)

func f() int { return note("b", d+1) }

var x, y = note("x", 10), note("y", 20)

var total = sum()

func sum() int { return note("total", a+x+y) }

var first = note("first", 1)

func main() {
	fmt.Println(a, b, c, d, x, y, total, first)
	fmt.Println(trace)
}
