// slices.Insert, Delete, DeleteFunc, Compact, CompactFunc, Replace, Reverse, Clone,
// Concat, Grow and Clip; Delete zeroes the vacated tail (Go 1.22+).
package main

import (
	"fmt"
	"slices"
)

var sink any

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = slices.Insert(s, 2, 10, 11)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))
	full := s[:cap(s)]
	fmt.Println("zeroed tail:", full[len(s):][0] == 0)
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(s)
	c := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1, 1})
	fmt.Println(c)
	cf := slices.CompactFunc([]string{"a", "A", "b", "B", "c"}, func(a, b string) bool { return a == b || a[0]^32 == b[0] })
	fmt.Println(cf)
	r := slices.Replace([]int{0, 1, 2, 3, 4}, 1, 3, 7, 8, 9)
	fmt.Println(r)
	rev := []string{"x", "y", "z"}
	slices.Reverse(rev)
	fmt.Println(rev)
	orig := []int{1, 2, 3}
	cl := slices.Clone(orig)
	cl[0] = 100
	fmt.Println(orig, cl, slices.Clone([]int(nil)) == nil)
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}, []int{4}))
	g := slices.Grow([]int{1}, 10)
	sink = g
	fmt.Println(len(g), cap(g) >= 11)
	clipped := slices.Clip(g)
	fmt.Println(len(clipped), cap(clipped))
	fmt.Println(slices.Repeat([]int{1, 2}, 3))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Insert([]int{1, 2}, 5, 3)
	}()
}
