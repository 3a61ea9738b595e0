// Repeated append of a 32-byte struct with a string field (pointerful):
// gc's exact capacity sequence including the 8-byte malloc header.
package main

import "fmt"

type entry struct {
	name string
	a, b int64
}

var sink any

func main() {
	var s []entry
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, entry{"e", int64(i), 1})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != entry{"e", int64(i), 1}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
