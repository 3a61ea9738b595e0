// delete removes a map entry (no-op if absent or on a nil map); clear empties
// a map and zeroes every element of a slice without changing its length.
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	delete(m, 2)
	delete(m, 42)
	fmt.Println(m, len(m))
	clear(m)
	fmt.Println(m, len(m))
	m[5] = "e"
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub))
	ts := []T{{1, "x"}, {2, "y"}}
	clear(ts)
	fmt.Printf("%+v\n", ts)
	ps := []*int{new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
}
