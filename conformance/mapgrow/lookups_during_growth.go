// Lookups, overwrites and deletes interleaved with growth agree with a reference model
// after every single operation (the map is often in the middle of an incremental grow).
package main

import "fmt"

var state uint32 = 2463534242

func rnd(n int) int {
	state ^= state << 13
	state ^= state >> 17
	state ^= state << 5
	return int(state % uint32(n))
}

func main() {
	const universe = 6000
	model := make([]int, universe) // 0 = absent, else value
	m := map[int]int{}
	live := 0
	bad := 0
	for op := 0; op < 60000; op++ {
		k := rnd(universe)
		switch rnd(4) {
		case 0, 1:
			if model[k] == 0 {
				live++
			}
			model[k] = op + 1
			m[k] = op + 1
		case 2:
			if model[k] != 0 {
				live--
			}
			model[k] = 0
			delete(m, k)
		case 3:
			v, ok := m[k]
			if ok != (model[k] != 0) || v != model[k] {
				bad++
			}
		}
		if len(m) != live {
			bad++
		}
		probe := rnd(universe)
		if v, ok := m[probe]; ok != (model[probe] != 0) || v != model[probe] {
			bad++
		}
	}
	for k, v := range m {
		if model[k] != v {
			bad++
		}
	}
	fmt.Println(live > 1000, len(m) == live, bad)
}
