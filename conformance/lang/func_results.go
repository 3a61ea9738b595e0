// Functions with multiple results, named results (zero-initialised), bare
// return, and passing multiple results straight into another call f(g()).
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (double, square int, note string) {
	if x < 0 {
		note = "negative"
		return // bare return: zero values plus note
	}
	double = x * 2
	square = x * x
	return
}

func override(x int) (r int) {
	r = 1
	return x + 100 // explicit return overrides
}

func sum3(a, b, c int) int { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(named(4))
	fmt.Println(named(-1))
	fmt.Println(override(1))
	fmt.Println(sum3(three()))
	fmt.Println(swap(swap("a", "b")))
	_, only := divmod(9, 4)
	fmt.Println(only)
	fmt.Println(divmod(100, 7))
}
