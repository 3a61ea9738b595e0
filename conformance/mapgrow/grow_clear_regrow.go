// A map grown large, cleared, and grown again (repeatedly) keeps exact contents; clearing
// in the middle of growth and reusing the map works too.
package main

import "fmt"

func main() {
	m := map[string]int{}
	bad := 0
	for round := 1; round <= 5; round++ {
		n := round * 3000
		for i := 0; i < n; i++ {
			m[fmt.Sprint(round, "-", i)] = i
		}
		if len(m) != n {
			bad++
		}
		for i := 0; i < n; i += 97 {
			if m[fmt.Sprint(round, "-", i)] != i {
				bad++
			}
		}
		if _, ok := m[fmt.Sprint(round-1, "-", 0)]; ok {
			bad++
		}
		fmt.Println("round", round, "len", len(m))
		clear(m)
	}
	fmt.Println(len(m), bad)
	g := map[int]int{}
	for i := 0; i < 27; i++ { // the 27th insert starts a grow of a 4-bucket map
		g[i] = i
	}
	clear(g)
	for i := 100; i < 110; i++ {
		g[i] = i
	}
	sum := 0
	for k, v := range g {
		sum += k + v
	}
	fmt.Println(len(g), sum)
}
