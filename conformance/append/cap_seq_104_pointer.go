// Repeated append of a 104-byte struct with a pointer (pointer + [96]byte),
// gc's exact capacity sequence for a large odd pointerful element.
package main

import "fmt"

type big struct {
	p *int
	b [96]byte
}

var anchor = new(int)

var sink any

func main() {
	var s []big
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, big{anchor, [96]byte{byte(i)}})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != big{anchor, [96]byte{byte(i)}}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
