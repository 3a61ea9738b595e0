// Go 1.23 iterator functions in slices: All, Values, Backward, Collect, AppendSeq,
// Sorted, SortedFunc, Chunk — and range over them.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []string{"c", "a", "b"}
	for i, v := range slices.All(s) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(s)))
	fmt.Println(slices.Sorted(slices.Values(s)), s)
	fmt.Println(slices.SortedFunc(slices.Values(s), func(a, b string) int { return strings.Compare(b, a) }))
	fmt.Println(slices.AppendSeq([]string{"x"}, slices.Values(s)))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	// Breaking out of a range over an iterator stops it.
	n := 0
	for v := range slices.Values([]int{10, 20, 30, 40}) {
		if v > 20 {
			break
		}
		n += v
	}
	fmt.Println(n)
	var empty []int
	fmt.Println(slices.Collect(slices.Values(empty)) == nil, len(slices.Sorted(slices.Values(empty))))
	evens := func(yield func(int) bool) {
		for i := 0; i < 10; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(evens))
}
