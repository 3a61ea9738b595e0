// sort.Ints, sort.Strings and sort.Float64s sort ascending (NaNs first for floats), and
// the *AreSorted checks agree.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 9, -1, 0, 5, 3, 100, -50}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Ünïcode", "cherry"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, math.Inf(1), -1, math.NaN(), 0, math.Inf(-1), 1e-9}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println("permutation sorted:", ok)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
}
