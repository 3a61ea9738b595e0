// After clear(m) inside a range loop, keys that were in the map are never produced again;
// keys inserted after the clear may or may not be produced, each at most once.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{3, 8, 40, 500} {
		for t := 0; t < 200; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = i
			}
			seen := map[int]int{}
			steps := 0
			for k := range m {
				seen[k]++
				steps++
				if steps == 1 {
					clear(m)
					for i := 1000; i < 1010; i++ {
						m[i] = i
					}
				}
			}
			old := 0
			for k, c := range seen {
				if c != 1 {
					bad++
				}
				if k < n {
					old++
				} else if k < 1000 || k >= 1010 {
					bad++
				}
			}
			if old != 1 || len(m) != 10 {
				bad++
			}
		}
	}
	fmt.Println("violations:", bad)
}
