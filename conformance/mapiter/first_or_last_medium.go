// Randomized iteration across several buckets: for maps of 9 to 20 keys, over 2000 range
// loops every key is produced first or last at least once, and at least 8 distinct keys come first.
package main

import "fmt"

func main() {
	for n := 9; n <= 20; n++ {
		m := map[int]bool{}
		for i := 0; i < n; i++ {
			m[i*7919+1] = true
		}
		first := map[int]bool{}
		last := map[int]bool{}
		for iter := 0; iter < 2000; iter++ {
			var k0, kl int
			seen := 0
			for k := range m {
				if seen == 0 {
					k0 = k
				}
				kl = k
				seen++
			}
			first[k0] = true
			last[kl] = true
		}
		covered := true
		for k := range m {
			if !first[k] && !last[k] {
				covered = false
			}
		}
		fmt.Printf("n=%d every key first or last: %v, at least 8 distinct first keys: %v\n", n, covered, len(first) >= 8)
	}
}
