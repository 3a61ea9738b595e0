// Range loops over a map kept small under heavy insert/delete churn (overflow buildup and
// same-size growth mid-loop): untouched keys are produced exactly once, deleted ones never.
package main

import "fmt"

func main() {
	bad := 0
	next := 1000000
	for t := 0; t < 50; t++ {
		m := map[int]bool{}
		for i := 0; i < 40; i++ {
			m[i] = true
		}
		seen := map[int]int{}
		var tmp []int
		gone := map[int]bool{}
		for k := range m {
			if gone[k] {
				bad++ // deleted before being reached, yet produced
			}
			seen[k]++
			for j := 0; j < 200; j++ { // churn: insert then delete fresh keys
				m[next] = true
				tmp = append(tmp, next)
				next++
				if len(tmp) > 5 {
					delete(m, tmp[0])
					gone[tmp[0]] = true
					tmp = tmp[1:]
				}
			}
		}
		for i := 0; i < 40; i++ {
			if seen[i] != 1 {
				bad++
			}
		}
		for k, c := range seen {
			if c != 1 {
				bad++
			}
			if k >= next || (k >= 40 && k < 1000000) {
				bad++ // never inserted
			}
		}
		if len(m) != 40+len(tmp) {
			bad++
		}
	}
	fmt.Println("violations:", bad)
}
