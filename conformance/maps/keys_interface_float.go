// Floats inside interface keys keep float semantics: NaN keys are never found,
// +0 and -0 are one key, and float64(2) differs from int(2).
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[any]int{}
	m[nan] = 1
	m[nan] = 2
	m[2.0] = 3
	m[2] = 4
	_, ok := m[nan]
	fmt.Println(len(m), ok, m[2.0], m[2])
	nanCount := 0
	for k := range m {
		if f, isF := k.(float64); isF && f != f {
			nanCount++
		}
	}
	fmt.Println(nanCount)
	m[0.0] = 5
	m[-zero] = 6
	fmt.Println(len(m), m[0.0])
	for k, v := range m {
		if f, isF := k.(float64); isF && f == 0 {
			fmt.Println(v, 1/f < 0)
		}
	}
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	m[float32(nan)] = 1
	m[complex(nan, 1)] = 2
	_, ok1 := m[float32(nan)]
	_, ok2 := m[complex(nan, 1)]
	fmt.Println(len(m), ok1, ok2)
}
