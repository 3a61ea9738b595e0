// Slicing a nil slice with zero bounds yields nil; slicing a non-nil empty slice
// yields a non-nil slice; a nil slice's len, cap and range are all zero.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s[:] == nil, s[0:0] == nil, s[:0:0] == nil)
	e := make([]int, 0)
	fmt.Println(e[:] == nil, e[0:0] == nil)
	f := []int{1, 2, 3}
	g := f[3:]
	fmt.Println(g == nil, len(g), cap(g))
	h := f[:0:0]
	fmt.Println(h == nil, len(h), cap(h))
	var m [][]int
	fmt.Println(len(m), cap(m), m == nil)
}
