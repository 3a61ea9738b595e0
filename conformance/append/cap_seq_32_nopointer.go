// Repeated append of a 32-byte pointer-free element ([4]int64): gc's exact
// capacity sequence.
package main

import "fmt"

type quad [4]int64

var sink any

func main() {
	var s []quad
	last := -1
	for i := 0; i < 6000; i++ {
		s = append(s, quad{int64(i)})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != quad{int64(i)}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
