// make([]T, len, cap) gives exactly the requested len and cap (no rounding),
// zero-valued elements, and a usable region up to cap.
package main

import "fmt"

var sink any

func main() {
	for _, c := range []int{0, 1, 3, 5, 7, 9, 13, 100, 1000, 1025} {
		s := make([]int, c/2, c)
		b := make([]byte, c)
		sink, sink = s, b
		fmt.Println(len(s), cap(s), len(b), cap(b))
	}
	s := make([]string, 2, 5)
	fmt.Printf("%q %q\n", s, s[:5])
	p := make([]*int, 3)
	fmt.Println(p[0] == nil, p[2] == nil)
	m := make([][]int, 2)
	fmt.Println(m[0] == nil, len(m[1]))
	type pair struct {
		a int
		b bool
	}
	fmt.Printf("%+v\n", make([]pair, 2))
}
