// Repeated append of a 4-byte element ([]int32) to a nil slice: gc's exact
// capacity sequence (first cap 2: 4 bytes round up to the 8-byte class).
package main

import "fmt"

var sink any

func main() {
	var s []int32
	last := -1
	for i := 0; i < 20000; i++ {
		s = append(s, int32(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != int32(i) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
