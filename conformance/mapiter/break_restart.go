// Breaking out of a range loop early leaves no state behind: a fresh range loop over the
// same map still produces every key exactly once.
package main

import "fmt"

func main() {
	m := map[string]int{}
	for i := 0; i < 40; i++ {
		m[string(rune('A'+i))] = i
	}
	bad := 0
	for t := 0; t < 200; t++ {
		stop := t % 40
		i := 0
		for range m {
			if i == stop {
				break
			}
			i++
		}
		seen := map[string]bool{}
		for k := range m {
			if seen[k] {
				bad++
			}
			seen[k] = true
		}
		if len(seen) != 40 {
			bad++
		}
	}
	fmt.Println("violations:", bad)
	found := ""
	for k, v := range m {
		if v == 25 {
			found = k
			break
		}
	}
	fmt.Println(found)
	n := 0
	for k := range m {
		if k < "M" {
			continue
		}
		n++
	}
	fmt.Println(n)
}
