// Repeated append of complex128 (16 bytes, pointer-free): same capacities as
// any other 16-byte pointer-free element.
package main

import "fmt"

var sink any

func main() {
	var s []complex128
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, complex(float64(i), 1))
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != complex(float64(i), 1) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
