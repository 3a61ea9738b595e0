// Inserting new keys during a range loop: every original key is still produced exactly
// once, each new key at most once, and no key outside the map is ever produced.
package main

import "fmt"

func main() {
	bad := 0
	newSeenSome, newSkippedSome := false, false
	for _, n := range []int{1, 4, 8, 20, 100} {
		for t := 0; t < 300; t++ {
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = i
			}
			seen := map[int]int{}
			next := n
			for k := range m {
				seen[k]++
				if next < n+3 {
					m[next] = next // a handful of inserts, no doubling growth for most sizes
					next++
				}
			}
			for i := 0; i < n; i++ {
				if seen[i] != 1 {
					bad++
				}
			}
			for k, c := range seen {
				if c != 1 || k < 0 || k >= next {
					bad++
				}
				if k >= n {
					newSeenSome = true
				}
			}
			for i := n; i < next; i++ {
				if seen[i] == 0 {
					newSkippedSome = true
				}
			}
			if len(m) != next {
				bad++
			}
		}
	}
	fmt.Println("violations:", bad)
	fmt.Println("some inserted keys produced:", newSeenSome, "some skipped:", newSkippedSome)
}
