// Maps of maps: the inner maps are references, so writes through m[k] mutate the
// stored inner map; a missing inner map reads as nil and must be created before writing.
package main

import "fmt"

func set(m map[string]map[string]int, a, b string, v int) {
	inner, ok := m[a]
	if !ok {
		inner = map[string]int{}
		m[a] = inner
	}
	inner[b] = v
}

func main() {
	m := map[string]map[string]int{}
	set(m, "x", "a", 1)
	set(m, "x", "b", 2)
	set(m, "y", "a", 3)
	fmt.Println(m, len(m), len(m["x"]))
	m["x"]["c"] = 4
	inner := m["y"]
	inner["z"] = 26
	fmt.Println(m)
	fmt.Println(m["none"]["a"], m["none"] == nil, len(m))
	delete(m["x"], "a")
	delete(m["none"], "a")
	fmt.Println(m)
	m["y"] = nil
	fmt.Println(m, len(m), len(m["y"]))
	grid := map[int]map[int]bool{}
	for i := 0; i < 5; i++ {
		grid[i] = map[int]bool{}
		for j := 0; j <= i; j++ {
			grid[i][j] = (i+j)%2 == 0
		}
	}
	total := 0
	for _, row := range grid {
		for _, b := range row {
			if b {
				total++
			}
		}
	}
	fmt.Println(total, grid[4])
	deep := map[int]map[int]map[int]string{1: {2: {3: "deep"}}}
	deep[1][2][4] = "er"
	fmt.Println(deep, deep[1][2][3]+deep[1][2][4])
	alias := deep[1]
	alias[5] = map[int]string{6: "six"}
	fmt.Println(len(deep[1]), deep[1][5][6])
}
