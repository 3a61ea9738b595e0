// Repeated append of strings ([]string, 16 bytes, pointerful): gc's capacity
// sequence with the malloc header (… 32, 71, 143, 303, 591, 1023, …).
package main

import "fmt"

var words = []string{"a", "bb", "ccc"}

var sink any

func main() {
	var s []string
	last := -1
	for i := 0; i < 6000; i++ {
		s = append(s, words[i%3])
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != words[i%3] {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
