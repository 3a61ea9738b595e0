// Rotating a slice left by k with a temporary buffer and two copies (one of them
// overlapping) gives the expected order.
package main

import "fmt"

func rotate(s []int, k int) {
	k %= len(s)
	tmp := make([]int, k)
	copy(tmp, s[:k])
	copy(s, s[k:])
	copy(s[len(s)-k:], tmp)
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	rotate(s, 3)
	fmt.Println(s)
	rotate(s, 6)
	fmt.Println(s)
}
