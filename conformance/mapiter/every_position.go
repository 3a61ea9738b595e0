// For small maps (2 to 8 keys), over 3000 range loops every key appears at every
// position of the iteration order at least once.
package main

import "fmt"

func main() {
	for n := 2; n <= 8; n++ {
		m := map[int]bool{}
		for i := 0; i < n; i++ {
			m[i*1000+7] = true
		}
		type kp struct{ k, pos int }
		seen := map[kp]bool{}
		for t := 0; t < 3000; t++ {
			pos := 0
			for k := range m {
				seen[kp{k, pos}] = true
				pos++
			}
		}
		fmt.Printf("n=%d every key at every position: %v\n", n, len(seen) == n*n)
	}
}
