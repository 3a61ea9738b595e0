// Inserting keys one by one across every growth threshold of the bucket array
// (9, 14, 27, 53, 105, 209, ... entries): len and every stored entry stay correct at each step.
package main

import "fmt"

func verify(m map[int]int, n int) bool {
	if len(m) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if v, ok := m[i*31]; !ok || v != i {
			return false
		}
	}
	_, ok := m[n*31]
	return !ok
}

func main() {
	thresholds := map[int]bool{}
	for _, t := range []int{8, 13, 26, 52, 104, 208, 416, 832, 1664, 3328, 6656, 13312} {
		thresholds[t] = true
		thresholds[t+1] = true
		thresholds[t+2] = true
	}
	m := map[int]int{}
	okAll := true
	for n := 1; n <= 14000; n++ {
		m[(n-1)*31] = n - 1
		if thresholds[n] {
			ok := verify(m, n)
			if !ok {
				okAll = false
			}
			fmt.Printf("len %d ok %v\n", len(m), ok)
		}
	}
	fmt.Println("all ok:", okAll)
}
