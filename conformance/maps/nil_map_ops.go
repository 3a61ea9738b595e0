// A nil map behaves like an empty map for reads, len, range, delete and clear;
// only assignment panics (checked elsewhere).
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["a"])
	v, ok := m["a"]
	fmt.Println(v, ok)
	n := 0
	for k, v := range m {
		n++
		fmt.Println(k, v)
	}
	fmt.Println("iterations", n)
	delete(m, "a")
	clear(m)
	fmt.Println(m == nil, len(m))
	fmt.Println(m)
	fmt.Printf("%v %d %#v\n", m, len(m), m)

	var mm map[int]map[int]int
	fmt.Println(mm[1][2], len(mm[1]))
	var ms map[[2]int][]string
	fmt.Println(ms[[2]int{1, 2}] == nil)
	var mi map[any]int
	fmt.Println(mi[nil], mi[1], mi["x"])
	delete(mi, 3.5)

	var p *map[string]int = &m
	fmt.Println(len(*p), (*p)["z"])
	*p = map[string]int{"z": 26}
	fmt.Println(m["z"], m == nil)
}
