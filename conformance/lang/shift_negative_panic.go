// Shifting by a negative variable count panics with
// "runtime error: negative shift amount".
package main

import "fmt"

func shift(x int, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 3))
	n := -1
	fmt.Println(shift(1, n))
	fmt.Println("unreachable")
}
