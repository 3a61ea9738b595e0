// Repeated append of a 48-byte struct with a pointer field: gc's exact
// capacity sequence (odd size, pointerful).
package main

import "fmt"

type wide struct {
	p *int
	v [5]int64
}

var one = new(int)

var sink any

func main() {
	var s []wide
	last := -1
	for i := 0; i < 4000; i++ {
		s = append(s, wide{one, [5]int64{int64(i)}})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != wide{one, [5]int64{int64(i)}}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
