// sort.Slice sorts with a less function; sort.SliceStable keeps the original order of
// equal elements; sort.SliceIsSorted checks.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}, {"Grace", 25}}
	byName := append([]person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].name > byName[j].name })
	fmt.Println(byName)
	stable := append([]person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].age < stable[j].age })
	fmt.Println(stable)
	fmt.Println(sort.SliceIsSorted(stable, func(i, j int) bool { return stable[i].age < stable[j].age }))
	// Stability over many equal keys.
	type rec struct{ key, seq int }
	rs := make([]rec, 200)
	for i := range rs {
		rs[i] = rec{(i * 31) % 5, i}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	stableOK := true
	for i := 1; i < len(rs); i++ {
		if rs[i-1].key == rs[i].key && rs[i-1].seq > rs[i].seq {
			stableOK = false
		}
	}
	fmt.Println("stable:", stableOK, rs[0], rs[199])
}
