// Tuple assignment on slice elements evaluates all operands first, so swaps and
// in-place reversal work; aliases of the slice see the reversed order.
package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	alias := s[1:3]
	reverse(s)
	fmt.Println(s, alias)
	reverse(s[2:5])
	fmt.Println(s)
	i := 0
	i, s[i] = 2, 9 // index evaluated before assignment
	fmt.Println(i, s)
}
