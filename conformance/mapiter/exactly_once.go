// A full range loop produces every key exactly once and nothing else, for many map sizes
// and repeated iterations, including maps with holes left by deletes.
package main

import "fmt"

func check(m map[int]int, want int) bool {
	for iter := 0; iter < 20; iter++ {
		seen := make(map[int]int, len(m))
		for k, v := range m {
			if v != k*3 {
				return false
			}
			seen[k]++
		}
		if len(seen) != want {
			return false
		}
		for k, c := range seen {
			if c != 1 {
				return false
			}
			if _, ok := m[k]; !ok {
				return false
			}
		}
	}
	return true
}

func main() {
	sizes := []int{0, 1, 2, 7, 8, 9, 13, 14, 26, 27, 52, 53, 100, 500, 3000}
	for _, n := range sizes {
		m := map[int]int{}
		for i := 0; i < n; i++ {
			m[i] = i * 3
		}
		ok := check(m, n)
		removed := 0
		for i := 0; i < n; i += 3 {
			delete(m, i)
			removed++
		}
		ok2 := check(m, n-removed)
		fmt.Printf("n=%d exactly once: %v, after deletes: %v\n", n, ok, ok2)
	}
}
