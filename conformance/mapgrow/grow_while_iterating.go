// Growth while iterating: a range loop starts, then many keys are inserted so the map
// doubles repeatedly; every original key is produced once and no key is produced twice.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{5, 8, 13, 26, 100, 1000} {
		for t := 0; t < 20; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = i
			}
			seen := map[int]int{}
			next := n
			steps := 0
			for k, v := range m {
				seen[k]++
				if v != k {
					bad++
				}
				if steps == 0 || steps == n/2 {
					for j := 0; j < 4*n+50; j++ {
						m[next] = next
						next++
					}
				}
				steps++
			}
			for i := 0; i < n; i++ {
				if seen[i] != 1 {
					bad++
				}
			}
			for _, c := range seen {
				if c > 1 {
					bad++
				}
			}
			if len(m) != next {
				bad++
			}
		}
	}
	fmt.Println("violations:", bad)
}
