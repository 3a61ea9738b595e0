// Go 1.23 iterator functions in maps: Keys and Values (made deterministic with
// slices.Sorted), All, Collect, Insert.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	sum := 0
	keys := 0
	for k, v := range maps.All(m) {
		sum += v
		keys += len(k)
	}
	fmt.Println(sum, keys)
	c := maps.Collect(maps.All(m))
	fmt.Println(c, len(c))
	maps.Insert(c, maps.All(map[string]int{"five": 5, "one": 100}))
	fmt.Println(c)
	fromSlice := maps.Collect(slices.All([]string{"a", "b", "c"}))
	fmt.Println(fromSlice)
	inv := map[int]string{}
	for k, v := range maps.All(m) {
		inv[v] = k
	}
	fmt.Println(inv)
	n := 0
	for range maps.Keys(m) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("stopped at", n)
	var nilm map[string]int
	fmt.Println(len(slices.Collect(maps.Keys(nilm))))
}
