// slices.Sort, SortFunc, SortStableFunc, IsSorted, BinarySearch, BinarySearchFunc,
// Min/Max and their generic element types.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type item struct {
	name string
	qty  int
}

func main() {
	xs := []int{5, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 3)
	fmt.Println(i, found)
	ss := []string{"b", "C", "a"}
	slices.Sort(ss)
	fmt.Println(ss)
	slices.SortFunc(ss, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(ss)
	items := []item{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 1}, {"v", 2}}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.qty, b.qty) })
	fmt.Println(items)
	j, ok := slices.BinarySearchFunc(items, 2, func(e item, t int) int { return cmp.Compare(e.qty, t) })
	fmt.Println(j, ok)
	fmt.Println(slices.Min(xs), slices.Max(xs), slices.MinFunc(items, func(a, b item) int { return strings.Compare(a.name, b.name) }))
	fl := []float64{2, -1, 3}
	slices.Sort(fl)
	fmt.Println(fl, slices.IsSortedFunc(xs, func(a, b int) int { return b - a }))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Min([]int{})
	}()
}
