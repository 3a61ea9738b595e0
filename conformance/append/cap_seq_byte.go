// Repeated append of a 1-byte element ([]byte) to a nil slice: gc's exact
// capacity sequence (size-class rounding, 256 threshold, page rounding above 32 KiB).
package main

import "fmt"

var sink any

func main() {
	var s []byte
	last := -1
	for i := 0; i < 50000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Println("len", len(s), "cap", cap(s))
		}
	}
	sink = s
	ok := true
	for i := range s {
		if s[i] != byte(i) {
			ok = false
		}
	}
	fmt.Println("elements intact after growth:", ok)
}
