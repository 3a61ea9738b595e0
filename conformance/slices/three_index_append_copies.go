// Append after a 3-index slice with len == cap must copy, so the original array
// is protected; with spare capacity (max > hi) it still writes in place.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	limited := s[1:3:3]
	grown := append(limited, 100)
	grown[0] = -2
	fmt.Println("s:", s, "grown:", grown, len(grown), cap(grown))

	spare := s[1:3:4]
	inplace := append(spare, 100)
	fmt.Println("s:", s, "inplace:", inplace, len(inplace), cap(inplace))
	inplace2 := append(spare, 200, 300)
	fmt.Println("s:", s, "inplace2 (needs 2, had 1):", inplace2)
}
