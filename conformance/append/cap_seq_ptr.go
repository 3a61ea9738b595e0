// Repeated append of pointers ([]*T, 8 bytes, pointerful): since Go 1.22 the
// 8-byte malloc header above 512 bytes gives 1 … 64, 143, 287, 607, 1023, …
package main

import "fmt"

type node struct{ v int }

var sink any

func main() {
	var s []*node
	last := -1
	for i := 0; i < 8000; i++ {
		s = append(s, &node{i})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i].v != i {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
