// Appending zero-size elements (struct{}, [0]int) never allocates: the capacity
// always equals the length, and the slices are non-nil.
package main

import "fmt"

var sink any

func main() {
	var s []struct{}
	for i := 0; i < 5; i++ {
		s = append(s, struct{}{})
		fmt.Println("len", len(s), "cap", cap(s), "nil", s == nil)
	}
	s = append(s, make([]struct{}, 1000)...)
	fmt.Println("after 1000 more: len", len(s), "cap", cap(s))

	var z [][0]int
	z = append(z, [0]int{}, [0]int{}, [0]int{})
	fmt.Println("[0]int x3: len", len(z), "cap", cap(z), "nil", z == nil)
	sink = s
	sink = z
}
