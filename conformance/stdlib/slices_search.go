// slices.Contains, ContainsFunc, Index, IndexFunc, Equal, EqualFunc, Compare and
// CompareFunc.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

func main() {
	s := []string{"go", "c", "rust", "zig"}
	fmt.Println(slices.Contains(s, "rust"), slices.Contains(s, "java"), slices.Index(s, "zig"), slices.Index(s, "x"))
	fmt.Println(slices.IndexFunc(s, func(v string) bool { return len(v) > 2 }), slices.ContainsFunc(s, func(v string) bool { return strings.HasPrefix(v, "z") }))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, nil), slices.Equal([]int{1}, []int{1, 2}))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int{}))
	fmt.Println(slices.CompareFunc([]string{"A"}, []string{"a"}, func(a, b string) int { return strings.Compare(strings.ToLower(a), b) }))
}
