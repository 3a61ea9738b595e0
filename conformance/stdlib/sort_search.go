// sort.Search finds the smallest index where f is true (binary search); SearchInts,
// SearchStrings, SearchFloat64s and sort.Find.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 11, 12} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
		fmt.Println(x, i, sort.SearchInts(a, x))
	}
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fmt.Println(sort.Search(0, func(i int) bool { return true }))
	s := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(s, "banana"), sort.SearchStrings(s, "blueberry"), sort.SearchStrings(s, "zz"))
	fmt.Println(sort.SearchFloat64s([]float64{1.5, 2.5, 3.5}, 2.5))
	i, found := sort.Find(len(s), func(i int) int { return strings.Compare("cherry", s[i]) })
	fmt.Println(i, found)
	i, found = sort.Find(len(s), func(i int) int { return strings.Compare("coconut", s[i]) })
	fmt.Println(i, found)
	// Guessing game: find a number with at most 7 questions.
	secret := 73
	asked := 0
	g := sort.Search(100, func(n int) bool { asked++; return n >= secret })
	fmt.Println("found", g, "asked", asked)
}
