// Passing s... to a variadic parameter passes the slice itself (shared array),
// while passing separate arguments builds a new slice.
package main

import "fmt"

func setFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
	fmt.Println("inside:", xs, len(xs))
}

func main() {
	s := []int{1, 2, 3}
	setFirst(s...)
	fmt.Println("after s...:", s)
	a, b := 4, 5
	setFirst(a, b)
	fmt.Println("after a, b:", a, b)
	setFirst()
	var n []int
	setFirst(n...)
}
