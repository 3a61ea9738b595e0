// Many maps alive at once, each grown to a different size and cross-checked: maps do not
// share state, and each map's contents, len and iteration stay consistent.
package main

import "fmt"

func main() {
	const count = 2000
	maps := make([]map[int]int, count)
	for i := range maps {
		maps[i] = make(map[int]int)
	}
	for round := 0; round < 60; round++ {
		for i, m := range maps {
			if round < i%60 {
				m[round*count+i] = i
			}
		}
	}
	bad := 0
	total := 0
	for i, m := range maps {
		if len(m) != i%60 {
			bad++
		}
		for k, v := range m {
			if v != i || k%count != i {
				bad++
			}
		}
		total += len(m)
	}
	fmt.Println(total, bad)
	strs := map[string]map[string]int{}
	for i := 0; i < 300; i++ {
		name := fmt.Sprint("m", i%30)
		if strs[name] == nil {
			strs[name] = map[string]int{}
		}
		strs[name][fmt.Sprint(i)] = i
	}
	sizes := 0
	for _, inner := range strs {
		sizes += len(inner)
	}
	fmt.Println(len(strs), sizes, strs["m7"]["247"])
}
