// clear(m) removes every entry, keeps the map usable and non-nil, is visible through
// every reference to the map, and is a no-op on nil and empty maps.
package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil, m)
	m[4] = "d"
	fmt.Println(alias, len(alias))
	var nm map[string]int
	clear(nm)
	fmt.Println(nm == nil, len(nm))
	e := map[string]int{}
	clear(e)
	fmt.Println(len(e))
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i
	}
	clear(big)
	fmt.Println(len(big))
	_, ok := big[5]
	fmt.Println(ok)
	for i := 0; i < 100; i++ {
		big[i*7] = i
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum, big[693])
	mm := map[string]map[string]int{"a": {"x": 1}}
	in := mm["a"]
	clear(mm)
	fmt.Println(len(mm), in)
	clear(in)
	fmt.Println(in, len(in))
	clear(map[int]int{1: 1})
	fmt.Println("done")
}
