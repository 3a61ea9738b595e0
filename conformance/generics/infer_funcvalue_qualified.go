// A generic function of another package used as a func value, its type
// arguments inferred from the use (slices.SortFunc(s, slices.Compare),
// a parameter of func type): the closure has the instance's signature.
package main

import (
	"fmt"
	"slices"
)

func apply(f func([]int, []int) int) int { return f([]int{1, 2}, []int{1, 3}) }

func main() {
	all := [][]uintptr{{3, 1}, {1, 2}, {1}}
	slices.SortFunc(all, slices.Compare)
	fmt.Println(all)
	fmt.Println(apply(slices.Compare))
	var g func(a, b string) int = cmpStr
	fmt.Println(g("a", "b"))
}

func cmpStr(a, b string) int { return compare(a, b) }

func compare[T int | string](a, b T) int {
	if a < b {
		return -1
	}
	return 1
}
