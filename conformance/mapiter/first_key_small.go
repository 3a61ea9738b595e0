// Randomized iteration: for maps of 1 to 8 keys, over 2000 range loops every key is
// produced first at least once (the start position is random for each range).
package main

import "fmt"

func main() {
	for n := 1; n <= 8; n++ {
		m := map[int]int{}
		for i := 0; i < n; i++ {
			m[i*37+5] = i
		}
		firsts := map[int]int{}
		for iter := 0; iter < 2000; iter++ {
			for k := range m {
				firsts[k]++
				break
			}
		}
		all := true
		for k := range m {
			if firsts[k] == 0 {
				all = false
			}
		}
		fmt.Printf("n=%d every key seen first at least once: %v (distinct firsts %d)\n", n, all, len(firsts))
	}
	s := map[string]bool{"alpha": true, "beta": true, "gamma": true, "delta": true, "epsilon": true}
	firsts := map[string]bool{}
	for iter := 0; iter < 2000; iter++ {
		for k := range s {
			firsts[k] = true
			break
		}
	}
	fmt.Println("string keys, every key seen first:", len(firsts) == len(s))
}
