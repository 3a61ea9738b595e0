// Deleting every other key on the first step of a range loop ends the loop after that
// step; deleting only keys already produced changes nothing for the rest.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{2, 8, 9, 100, 1000} {
		for t := 0; t < 100; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = i
			}
			steps := 0
			for k := range m {
				steps++
				for j := 0; j < n; j++ {
					if j != k {
						delete(m, j)
					}
				}
			}
			if steps != 1 || len(m) != 1 {
				bad++
			}
			m2 := map[int]int{}
			for i := 0; i < n; i++ {
				m2[i] = i
			}
			var done []int
			seen := map[int]int{}
			for k := range m2 {
				seen[k]++
				for _, d := range done {
					delete(m2, d)
				}
				done = append(done, k)
			}
			if len(seen) != n || len(m2) != 1 {
				bad++
			}
		}
	}
	fmt.Println("violations:", bad)
}
