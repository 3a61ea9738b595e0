// Repeated append of an 8-byte pointer-free element ([]int) to a nil slice:
// gc's exact capacity sequence (… 512, 848, 1280, 1792, 2560, …).
package main

import "fmt"

var sink any

func main() {
	var s []int
	last := -1
	for i := 0; i < 20000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != i {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
