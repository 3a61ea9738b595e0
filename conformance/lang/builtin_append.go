// append: single and multiple elements, another slice with ..., a string to a
// []byte with ..., appending to nil, and aliasing when capacity suffices.
package main

import "fmt"

var sink any

func main() {
	var s []int
	fmt.Println(s == nil, len(s))
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	fmt.Println(s, len(s))
	b := append([]byte("x: "), "hello"...)
	fmt.Println(string(b))
	b = append(b[:0], "reuse"...)
	fmt.Println(string(b), len(b))
	base := make([]int, 3, 10)
	sink = base
	a1 := append(base, 100)
	a2 := append(base, 200) // same backing array: overwrites a1's element
	fmt.Println(a1[3], a2[3])
	full := []int{1, 2, 3}
	c1 := append(full[:3:3], 4) // capped: forces a copy
	c1[0] = 99
	fmt.Println(full, c1)
	self := []int{1, 2, 3}
	self = append(self, self...)
	fmt.Println(self)
	none := append([]string(nil))
	fmt.Println(none == nil)
	empty := append([]int{}, []int(nil)...)
	fmt.Println(empty == nil, len(empty))
	type Names []string
	var ns Names
	ns = append(ns, "a")
	fmt.Printf("%T %v\n", ns, ns)
}
