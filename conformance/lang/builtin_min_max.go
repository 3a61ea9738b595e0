// min and max (Go 1.21) on ints, floats and strings, with any number of
// arguments; if any argument is NaN the result is NaN; -0 vs +0 ordering.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b))
	fmt.Println(min(2.5, 1.5), max(1, 2.5))
	fmt.Println(min("b", "a", "c"), max("apple", "banana", "ab"), min("", "x"))
	zero := 0.0
	nan := zero / zero
	fmt.Println(min(nan, 1.0), max(1.0, nan), min(1.0, 2.0, nan), max(nan, nan))
	negz := -zero
	fmt.Println(min(zero, negz), max(negz, zero), 1/min(zero, negz), 1/max(negz, zero))
	inf := 1 / zero
	fmt.Println(min(inf, -inf), max(inf, 1e308))
	const c = min(1, 2.5, 'a')
	fmt.Printf("%T %v\n", c, c)
	x, y := uint(7), uint(9)
	fmt.Println(max(x, y)-min(x, y))
	type Score int
	fmt.Printf("%T %v\n", max(Score(3), 5), max(Score(3), 5))
}
