// []any elements hold values of any dynamic type: append boxes them, and a
// later change to the source variable does not affect the stored copy.
package main

import "fmt"

func main() {
	var xs []any
	n := 1
	xs = append(xs, n, "two", 3.0, nil, []int{4})
	n = 100
	fmt.Println(xs, len(xs))
	xs = append(xs, xs...)
	fmt.Println(len(xs), xs[5] == xs[0], xs[8] == nil)
	fmt.Printf("%T %T %T\n", xs[0], xs[1], xs[2])
}
