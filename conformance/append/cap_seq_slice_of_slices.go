// Repeated append of slices ([][]int, 24-byte headers with a pointer): same
// pointerful capacity sequence as any 24-byte pointerful struct.
package main

import "fmt"

var row = []int{1, 2}

var sink any

func main() {
	var s [][]int
	last := -1
	for i := 0; i < 6000; i++ {
		s = append(s, row[:i%3])
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if len(s[i]) != i%3 {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
