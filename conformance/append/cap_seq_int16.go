// Repeated append of a 2-byte element ([]int16) to a nil slice: gc's exact
// capacity sequence (size classes divided by the element size).
package main

import "fmt"

var sink any

func main() {
	var s []int16
	last := -1
	for i := 0; i < 30000; i++ {
		s = append(s, int16(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != int16(i) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
