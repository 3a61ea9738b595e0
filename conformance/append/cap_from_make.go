// Growth from a made slice depends on the old capacity, not on the length:
// below 256 it doubles, from 256 on it grows by (cap+768)/4 before rounding.
package main

import "fmt"

var sink any

func grow(l, c int) {
	s := make([]int, l, c)
	t := append(s[:c], 1)
	sink = t
	fmt.Printf("make(%d,%d) full+1 -> len %d cap %d\n", l, c, len(t), cap(t))
}

func main() {
	for _, c := range []int{0, 1, 3, 5, 7, 100, 255, 256, 257, 300, 511, 512, 1000, 1024, 4000} {
		grow(0, c)
	}
	// Appending within the capacity of a made slice never reallocates.
	s := make([]int, 0, 5)
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	fmt.Println("within cap:", s, len(s), cap(s))
	sink = s
}
