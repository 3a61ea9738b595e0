// make(map[K]V, hint) with a hint that is not constant, in a function the
// map does not leave: the header lives on the stack, and the first bucket
// too when the hint is at most 8 (as gc's walk decides at run time); larger
// hints, growth past the first bucket and negative hints behave as always.
// The map that leaves through a package variable survives a collection.
package main

import (
	"fmt"
	"runtime"
)

var keep map[int]int

//go:noinline
func fill(n, hint int) int {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	s := 0
	for k, v := range m {
		s += k + v
	}
	delete(m, 1)
	return s + len(m)
}

//go:noinline
func lookups(n, hint int) int {
	m := make(map[[2]int]int, hint)
	for i := 0; i < n; i++ {
		m[[2]int{i, -i}] = i
	}
	return m[[2]int{1, -1}] + m[[2]int{5, 5}] + len(m)
}

func escaping(n, hint int) {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	keep = m
}

func main() {
	var before, after runtime.MemStats
	lookups(6, 6)
	runtime.ReadMemStats(&before)
	t := 0
	for i := 0; i < 20000; i++ {
		t += lookups(6, 6)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("hint 6 allocates:", after.TotalAlloc-before.TotalAlloc >= 20000*8, t)
	for _, c := range [][2]int{{0, 0}, {5, 0}, {8, 8}, {9, 8}, {100, 8}, {100, 100}, {3, 1000}, {1000, 9}, {7, -5}} {
		fmt.Println(c, fill(c[0], c[1]), lookups(c[0]%20, c[1]))
	}
	escaping(50, 50)
	runtime.GC()
	fmt.Println(len(keep), keep[49])
}
