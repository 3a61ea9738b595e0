// cmp.Compare and cmp.Less order NaN before every number; cmp.Or returns the first
// non-zero argument.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

func main() {
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(2, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"))
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(math.Inf(-1), nan))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(1.0, nan), cmp.Less(-0.0, 0.0))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or[int]())
	xs := []float64{3, nan, -1, math.Inf(1), nan, 0}
	slices.SortFunc(xs, cmp.Compare[float64])
	fmt.Println(xs)
	type user struct {
		last, first string
	}
	us := []user{{"Smith", "Bob"}, {"Jones", "Al"}, {"Smith", "Ann"}}
	slices.SortFunc(us, func(a, b user) int {
		return cmp.Or(cmp.Compare(a.last, b.last), cmp.Compare(a.first, b.first))
	})
	fmt.Println(us)
}
