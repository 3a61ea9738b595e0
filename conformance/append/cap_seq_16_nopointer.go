// Repeated append of a 16-byte pointer-free struct: gc's exact capacity sequence
// (no malloc header is added for pointer-free elements).
package main

import "fmt"

type pair struct{ a, b int64 }

var sink any

func main() {
	var s []pair
	last := -1
	for i := 0; i < 10000; i++ {
		s = append(s, pair{int64(i), -int64(i)})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != pair{int64(i), -int64(i)}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
