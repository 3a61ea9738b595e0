// A value updated during a range loop before its key is reached is produced with the
// new value; the current key's update is visible in the map afterwards.
package main

import "fmt"

func main() {
	bad, trials := 0, 0
	for _, n := range []int{2, 8, 9, 64, 1000} {
		for t := 0; t < 200; t++ {
			trials++
			m := map[int]int{}
			for i := 0; i < n; i++ {
				m[i] = 0
			}
			seen := map[int]bool{}
			first := true
			for k, v := range m {
				if first {
					if v != 0 {
						bad++
					}
					for i := 0; i < n; i++ {
						if i != k {
							m[i] = i + 1000
						}
					}
					first = false
				} else if v != k+1000 {
					bad++
				}
				seen[k] = true
			}
			if len(seen) != n {
				bad++
			}
		}
	}
	fmt.Println("trials:", trials, "stale values:", bad)
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range m {
		m[k] = v * 10
	}
	fmt.Println(m)
}
