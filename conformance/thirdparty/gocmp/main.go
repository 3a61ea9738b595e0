// github.com/google/go-cmp: structural equality and diffs of nested values
// (reflection), with options (ignoring fields, sorting slices).
package main

import (
	"fmt"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

type Address struct{ City, Zip string }

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Home    *Address
	Friends map[string]int
}

// show prints a diff without its spacing, which go-cmp randomizes on purpose
// (so that nobody relies on the exact text).
func show(diff string) {
	for _, l := range strings.Split(diff, "\n") {
		if l = strings.Join(strings.Fields(l), ""); l != "" {
			fmt.Println(l)
		}
	}
	fmt.Println("--")
}

func main() {
	a := Person{"Ann", 30, []string{"x", "y"}, &Address{"Oslo", "0150"}, map[string]int{"bo": 1}}
	b := Person{"Ann", 31, []string{"y", "x"}, &Address{"Oslo", "0151"}, map[string]int{"bo": 1, "cy": 2}}
	fmt.Println(cmp.Equal(a, a), cmp.Equal(a, b))
	show(cmp.Diff(a, b))
	opts := []cmp.Option{cmpopts.IgnoreFields(Person{}, "Age", "Friends"), cmpopts.SortSlices(func(x, y string) bool { return x < y })}
	show(cmp.Diff(a, b, opts...))
	fmt.Println(cmp.Equal([]int{1, 2}, []int{1, 2}), cmp.Equal(map[int]string{1: "a"}, map[int]string{1: "b"}))
}
