// Growth and deletion while iterating: keys deleted before being reached are never
// produced, survivors are produced exactly once, even though inserts grow the map meanwhile.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{8, 40, 200, 2000} {
		for t := 0; t < 20; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = i
			}
			deleted := map[int]bool{}
			seen := map[int]int{}
			next := n
			for k := range m {
				if deleted[k] {
					bad++
				}
				seen[k]++
				if len(seen) == 1 {
					for i := 0; i < n; i += 2 {
						if i != k {
							delete(m, i)
							deleted[i] = true
						}
					}
					for j := 0; j < 3*n; j++ {
						m[next] = next
						next++
					}
				}
			}
			for i := 0; i < n; i++ {
				if !deleted[i] && seen[i] != 1 {
					bad++
				}
			}
			for _, c := range seen {
				if c != 1 {
					bad++
				}
			}
			if len(m) != next-len(deleted) {
				bad++
			}
		}
	}
	fmt.Println("violations:", bad)
}
