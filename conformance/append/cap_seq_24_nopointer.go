// Repeated append of a 24-byte pointer-free struct: gc's exact capacity sequence
// (1, 2, 4, …, 512, 853, 1365, 2048, …: capacity = rounded bytes / 24).
package main

import "fmt"

type triple struct{ a, b, c int64 }

var sink any

func main() {
	var s []triple
	last := -1
	for i := 0; i < 8000; i++ {
		s = append(s, triple{int64(i), 1, 2})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != triple{int64(i), 1, 2}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
