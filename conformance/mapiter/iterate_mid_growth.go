// Range loops that start while the map is in the middle of an incremental grow (right
// after crossing a threshold): every key exactly once, writes during the loop see current values.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{27, 53, 105, 209, 417, 833, 1665, 3329} {
		for t := 0; t < 10; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ { // the n-th insert starts a grow that is not yet finished
				m[i] = i
			}
			seen := make([]int, n)
			for k, v := range m {
				if v != k {
					bad++
				}
				seen[k]++
			}
			for _, c := range seen {
				if c != 1 {
					bad++
				}
			}
			// a second loop on a fresh mid-grow map, updating other keys as it goes
			m2 := map[int]int{}
			for i := 0; i < n; i++ {
				m2[i] = i
			}
			seen2 := make([]int, n)
			for k, v := range m2 {
				seen2[k]++
				if v != k && v != k+n {
					bad++
				}
				if v == k && seen2[(k+1)%n] == 0 {
					m2[(k+1)%n] = (k+1)%n + n // not reached yet: must be produced with the new value
				}
				if v == k+n && seen2[k] != 1 {
					bad++
				}
			}
			for _, c := range seen2 {
				if c != 1 {
					bad++
				}
			}
			// delete during a loop on a mid-grow map
			m3 := map[int]int{}
			for i := 0; i < n; i++ {
				m3[i] = i
			}
			deleted := make([]bool, n)
			seen3 := make([]int, n)
			for k := range m3 {
				if deleted[k] {
					bad++
				}
				seen3[k]++
				d := (k*7 + 3) % n
				if seen3[d] == 0 && !deleted[d] {
					delete(m3, d)
					deleted[d] = true
				}
			}
			for i := 0; i < n; i++ {
				if !deleted[i] && seen3[i] != 1 {
					bad++
				}
				if seen3[i] > 1 {
					bad++
				}
			}
		}
	}
	fmt.Println("violations:", bad)
}
