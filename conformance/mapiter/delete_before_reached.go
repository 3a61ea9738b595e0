// A key deleted during a range loop before the loop reaches it is never produced;
// checked over many loops deleting pseudo-random subsets at a pseudo-random point.
package main

import "fmt"

var state uint64 = 88172645463325252

func rnd(n int) int {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return int(state % uint64(n))
}

func main() {
	violations, producedAfter, trials := 0, 0, 0
	for _, n := range []int{3, 8, 12, 50, 200, 1000} {
		for t := 0; t < 300; t++ {
			trials++
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = i
			}
			at := rnd(n)
			deleted := map[int]bool{}
			seen := map[int]bool{}
			step := 0
			for k := range m {
				if deleted[k] {
					violations++
				}
				if seen[k] {
					violations++
				}
				seen[k] = true
				if step == at {
					for i := 0; i < n; i++ {
						if rnd(2) == 0 && !seen[i] {
							delete(m, i)
							deleted[i] = true
						}
					}
				}
				step++
			}
			// every key neither deleted nor seen before the deletion must still be produced
			for i := 0; i < n; i++ {
				if !deleted[i] && !seen[i] {
					violations++
				}
				if !deleted[i] {
					producedAfter++
				}
			}
			if len(m) != n-len(deleted) {
				violations++
			}
		}
	}
	fmt.Println("trials:", trials, "violations:", violations, "survivors checked:", producedAfter > 0)
}
