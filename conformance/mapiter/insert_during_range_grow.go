// Inserting so many keys during a range loop that the map grows several times: original
// keys are produced exactly once, inserted keys at most once, nothing is duplicated.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{1, 8, 9, 13, 50, 300} {
		for t := 0; t < 50; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = -i
			}
			seen := map[int]int{}
			next := n
			for k, v := range m {
				seen[k]++
				if v != -k {
					bad++
				}
				for j := 0; j < 20; j++ {
					m[next] = -next
					next++
				}
			}
			for i := 0; i < n; i++ {
				if seen[i] != 1 {
					bad++
				}
			}
			for k, c := range seen {
				if c != 1 || k >= next {
					bad++
				}
			}
			if len(m) != next {
				bad++
			}
			for i := 0; i < next; i++ {
				if m[i] != -i {
					bad++
				}
			}
		}
	}
	fmt.Println("violations:", bad)
}
