// Repeated append of a 48-byte pointer-free element ([6]int64): gc's exact
// capacity sequence (48 is not a power of two: division by the element size).
package main

import "fmt"

type six [6]int64

var sink any

func main() {
	var s []six
	last := -1
	for i := 0; i < 4000; i++ {
		s = append(s, six{int64(i), 5: -1})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != six{int64(i), 5: -1}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
