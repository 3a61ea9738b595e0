// Repeated append of a 24-byte struct holding a *int: pointerful capacities
// (1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389, …).
package main

import "fmt"

type rec struct {
	p    *int
	a, b int64
}

var shared = new(int)

var sink any

func main() {
	var s []rec
	last := -1
	for i := 0; i < 6000; i++ {
		s = append(s, rec{shared, int64(i), 7})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != rec{shared, int64(i), 7}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
