// Closures capture variables (not values): mutations through the closure are
// seen outside and vice versa, and each call of the outer func makes new variables.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	x = 10
	get := func() int { return x }
	fmt.Println(get())
	c1, reset1 := counter()
	c2, _ := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	reset1()
	fmt.Println(c1(), c2())
	// closure capturing a loop-external accumulator
	var fs []func() int
	total := 0
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { total += i; return total })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(total)
	// nested closures share the outermost variable
	y := 0
	outer := func() func() {
		y++
		return func() { y *= 10 }
	}
	inner := outer()
	inner()
	outer()()
	fmt.Println(y)
	// recursive closure via a declared variable
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
}
