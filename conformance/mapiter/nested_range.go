// Nested range loops over the same map are independent iterators: each inner loop
// produces every key once, and the outer loop is unaffected.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 30; i++ {
		m[i] = i
	}
	pairs := 0
	bad := 0
	for a := range m {
		inner := map[int]bool{}
		for b := range m {
			if inner[b] {
				bad++
			}
			inner[b] = true
			pairs++
		}
		if len(inner) != 30 || !inner[a] {
			bad++
		}
	}
	fmt.Println(pairs, bad)
	// an inner loop that breaks early does not disturb the outer loop
	outer := 0
	for range m {
		outer++
		for range m {
			break
		}
	}
	fmt.Println(outer)
	sum := 0
	for k1, v1 := range map[string]int{"a": 1, "b": 2} {
		for k2, v2 := range map[string]int{"x": 10, "y": 20} {
			_, _ = k1, k2
			sum += v1 * v2
		}
	}
	fmt.Println(sum)
}
