// Repeated append of float64 (8 bytes, pointer-free) gives the same capacity
// sequence as []int: only element size and pointerness matter.
package main

import "fmt"

var sink any

func main() {
	var s []float64
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, float64(i)/2)
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != float64(i)/2 {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
