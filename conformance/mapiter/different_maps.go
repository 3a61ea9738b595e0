// Two maps built with the same keys in the same order do not share a fixed iteration
// order: their first keys differ at least once over 1000 paired loops.
package main

import "fmt"

func first(m map[int]int) int {
	for k := range m {
		return k
	}
	return -1
}

func main() {
	for _, n := range []int{2, 5, 8, 30} {
		a, b := map[int]int{}, map[int]int{}
		for i := 0; i < n; i++ {
			a[i] = i
			b[i] = i
		}
		differ := false
		for t := 0; t < 1000 && !differ; t++ {
			if first(a) != first(b) {
				differ = true
			}
		}
		fmt.Printf("n=%d first keys differ at least once: %v\n", n, differ)
	}
}
