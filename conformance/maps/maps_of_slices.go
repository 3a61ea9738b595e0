// Maps of slices: appending must store the result back; a slice read from the map shares
// its backing array, so element writes are visible until an append reallocates.
package main

import "fmt"

var sink any

func main() {
	m := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		m[k] = append(m[k], i)
	}
	fmt.Println(m, len(m["even"]))
	s := m["even"]
	s[0] = 100
	fmt.Println(m["even"])
	m["fixed"] = make([]int, 2, 2)
	sink = m["fixed"]
	f := m["fixed"]
	f = append(f, 7) // reallocates: the map still holds the old slice
	f[0] = 9
	fmt.Println(m["fixed"], f)
	m["room"] = make([]int, 1, 10)
	r := m["room"]
	r = append(r, 5) // in place: shares the array, but the map's length is still 1
	fmt.Println(m["room"], r, m["room"][:2])
	m["nil"] = nil
	fmt.Println(len(m), m["nil"] == nil, len(m["absent"]))
	m["absent"] = append(m["absent"], 1, 2, 3)
	fmt.Println(m["absent"])
	for k := range m {
		m[k] = m[k][:0]
	}
	fmt.Println(m)
	groups := map[int][]string{}
	words := []string{"a", "bb", "cc", "ddd", "e", "fff"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	ms := map[int][]map[string]int{}
	ms[1] = append(ms[1], map[string]int{"x": 1})
	ms[1][0]["y"] = 2
	fmt.Println(ms)
}
