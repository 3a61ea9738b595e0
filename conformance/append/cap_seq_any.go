// Repeated append of interfaces ([]any, 16 bytes, pointerful): same capacity
// sequence as []string.
package main

import "fmt"

var sink any

func main() {
	var s []any
	last := -1
	for i := 0; i < 6000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != any(i) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
