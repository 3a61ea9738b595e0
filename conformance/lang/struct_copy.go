// Assigning or passing a struct copies it (including nested arrays), but
// slices, maps and pointers inside the struct still share their referents.
package main

import "fmt"

type Inner struct{ N int }

type S struct {
	Arr   [2]int
	Sl    []int
	M     map[string]int
	P     *Inner
	Inner Inner
}

func change(s S) {
	s.Arr[0] = 100
	s.Sl[0] = 100
	s.M["k"] = 100
	s.P.N = 100
	s.Inner.N = 100
}

func main() {
	s := S{[2]int{1, 2}, []int{1, 2}, map[string]int{"k": 1}, &Inner{1}, Inner{1}}
	change(s)
	fmt.Println(s.Arr, s.Sl, s.M, s.P.N, s.Inner.N)
	t := s
	t.Arr[1] = 7
	t.Inner.N = 7
	t.Sl = append(t.Sl, 3)
	fmt.Println(s.Arr, s.Inner.N, len(s.Sl), len(t.Sl))
	ps := &s
	ps.Inner.N = 8
	fmt.Println(s.Inner.N)
	arr := []S{s}
	elem := arr[0]
	elem.Inner.N = 9
	fmt.Println(arr[0].Inner.N)
	arr[0].Inner.N = 10
	fmt.Println(arr[0].Inner.N)
}
