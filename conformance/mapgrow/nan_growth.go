// NaN keys survive growth: after the map doubles several times (with and without an
// active iterator) every NaN entry is still there and produced by range exactly once.
package main

import "fmt"

func countNaN(m map[float64]int) (int, int) {
	n, s := 0, 0
	for k, v := range m {
		if k != k {
			n++
			s += v
		}
	}
	return n, s
}

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	for i := 0; i < 10; i++ {
		m[nan] = i
	}
	for i := 0; i < 5000; i++ {
		m[float64(i)] = 0
	}
	fmt.Println(countNaN(m))
	fmt.Println(len(m))
	// grow during an iteration
	m2 := map[float64]int{}
	for i := 0; i < 7; i++ {
		m2[nan] = 1
	}
	nanSeen := 0
	next := 0
	for k := range m2 {
		if k != k {
			nanSeen++
		}
		for j := 0; j < 100; j++ {
			m2[float64(1000+next)] = 0
			next++
		}
	}
	n, _ := countNaN(m2)
	fmt.Println(nanSeen >= 7, n, len(m2) == 7+next)
	clear(m2)
	fmt.Println(len(m2))
}
