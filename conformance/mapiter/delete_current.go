// Deleting the current key inside a range loop is allowed: every key is still produced
// exactly once and the map ends empty.
package main

import "fmt"

func main() {
	for _, n := range []int{1, 5, 8, 9, 100, 5000} {
		m := map[string]int{}
		for i := 0; i < n; i++ {
			m[fmt.Sprint("key", i)] = i
		}
		seen := map[string]int{}
		sum := 0
		for k, v := range m {
			seen[k]++
			sum += v
			delete(m, k)
		}
		once := len(seen) == n
		for _, c := range seen {
			if c != 1 {
				once = false
			}
		}
		fmt.Printf("n=%d exactly once: %v, sum ok: %v, len after: %d\n", n, once, sum == n*(n-1)/2, len(m))
	}
}
