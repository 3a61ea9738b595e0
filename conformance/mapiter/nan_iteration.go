// Range produces every NaN-keyed entry exactly once (they are real entries), together
// with ordinary keys, before and after growth, and deleting them during range is impossible.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	for i := 0; i < 5; i++ {
		m[nan] = 100 + i
	}
	m[1] = 1
	m[2] = 2
	nans, sum := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(len(m), nans, sum)
	for i := 0; i < 200; i++ {
		m[float64(i+10)] = 0
	}
	nans = 0
	nanSum := 0
	for k, v := range m {
		if k != k {
			nans++
			nanSum += v
		}
	}
	fmt.Println(len(m), nans, nanSum)
	for k := range m {
		delete(m, k)
	}
	nans = 0
	for k := range m {
		if k != k {
			nans++
		}
	}
	fmt.Println(len(m), nans)
	// NaN entries inserted during range are new entries each time
	m2 := map[float64]bool{1: true, 2: true, 3: true}
	steps := 0
	for range m2 {
		if steps < 3 {
			m2[nan] = true
		}
		steps++
	}
	fmt.Println(len(m2))
}
