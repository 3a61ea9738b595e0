// Repeated append of a 100-byte pointer-free element ([100]byte): gc's exact
// capacity sequence (odd size: floor(rounded bytes / 100)).
package main

import "fmt"

type blob [100]byte

var sink any

func main() {
	var s []blob
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, blob{byte(i), 99: byte(i >> 8)})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if (s[i] != blob{byte(i), 99: byte(i >> 8)}) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
