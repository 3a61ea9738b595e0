// Growth while iterating a big map: a range loop over 600000 entries inserts 400000 more
// (forcing the bucket array to double mid-loop); every original key is produced exactly once.
package main

import "fmt"

func main() {
	const n = 600000
	const extra = 400000
	m := make(map[int32]int32)
	for i := int32(0); i < n; i++ {
		m[i] = i
	}
	seen := make([]uint8, n+extra)
	next := int32(n)
	bad := 0
	for k, v := range m {
		if k != v {
			bad++
		}
		seen[k]++
		if next < n+extra {
			for j := 0; j < 4 && next < n+extra; j++ {
				m[next] = next
				next++
			}
		}
	}
	orig, dup, newSeen := 0, 0, 0
	for i := range seen {
		if seen[i] > 1 {
			dup++
		}
		if i < n && seen[i] == 1 {
			orig++
		}
		if i >= n && seen[i] == 1 {
			newSeen++
		}
	}
	fmt.Println(len(m), orig == n, dup, bad, next == n+extra)
}
