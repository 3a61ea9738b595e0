// The comparable constraint allows == and != and use as map keys; it is
// satisfied by basic types, structs, arrays, pointers and (since Go 1.20) interfaces.
package main

import "fmt"

func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func Dedup[T comparable](s []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

type P struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}), Dedup([]string{"x", "x"}))
	fmt.Println(Dedup([][2]int{{1, 2}, {1, 2}, {2, 1}}))
	a, b := new(int), new(int)
	fmt.Println(Index([]*int{a, b}, b))
	for _, v := range Dedup([]any{1, "1", 1, 1.0, "1", int8(1)}) {
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
	fmt.Println(Index([]error{nil, fmt.Errorf("x")}, nil))
}
