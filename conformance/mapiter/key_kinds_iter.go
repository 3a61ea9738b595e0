// Randomized iteration holds for every key kind: string, float, struct, array, interface
// and large keys are each produced exactly once per loop and each comes first sometimes.
package main

import "fmt"

type pt struct {
	X int
	S string
}

type big [150]byte

func props[K comparable](m map[K]int) (bool, bool) {
	firsts := map[K]bool{}
	once := true
	for t := 0; t < 2000; t++ {
		seen := map[K]int{}
		for k := range m {
			if t%2 == 0 && len(seen) == 0 {
				firsts[k] = true
			}
			seen[k]++
		}
		if len(seen) != len(m) {
			once = false
		}
		for _, c := range seen {
			if c != 1 {
				once = false
			}
		}
	}
	return once, len(firsts) == len(m)
}

func main() {
	fmt.Println(props(map[string]int{"": 0, "a": 1, "bb": 2, "long key string here!": 3, "z": 4}))
	fmt.Println(props(map[float64]int{-1.5: 0, 0: 1, 2.25: 2, 1e300: 3}))
	fmt.Println(props(map[pt]int{{1, "a"}: 0, {1, "b"}: 1, {2, "a"}: 2}))
	fmt.Println(props(map[[2]int8]int{{1, 2}: 0, {2, 1}: 1, {0, 0}: 2, {-1, -1}: 3, {5, 5}: 4, {6, 6}: 5}))
	fmt.Println(props(map[any]int{1: 0, "1": 1, 1.0: 2, pt{}: 3, nil: 4, true: 5, int8(1): 6}))
	var b1, b2, b3 big
	b1[0], b2[149], b3[75] = 1, 2, 3
	fmt.Println(props(map[big]int{b1: 0, b2: 1, b3: 2}))
	fmt.Println(props(map[complex64]int{1i: 0, 1: 1, -1: 2, -1i: 3}))
}
