// Slices of zero-size elements: make with a large length is fine, every
// element is the same zero value, and len/cap behave normally.
package main

import "fmt"

var sink any

func main() {
	s := make([]struct{}, 1<<40)
	fmt.Println(len(s), cap(s))
	t := s[10:20:30]
	fmt.Println(len(t), cap(t), t[5] == struct{}{})
	e := make([][0]int, 3)
	fmt.Println(len(e), e)
	n := copy(s, make([]struct{}, 7))
	fmt.Println("copy:", n)
	sink = s
}
