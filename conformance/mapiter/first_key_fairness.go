// For a map of 8 keys, the key produced first is spread over all keys: over 8000 range
// loops each key comes first between 5% and 25% of the time.
package main

import "fmt"

func main() {
	m := map[string]int{}
	for i := 0; i < 8; i++ {
		m[string(rune('a'+i))] = i
	}
	counts := map[string]int{}
	const loops = 8000
	for t := 0; t < loops; t++ {
		for k := range m {
			counts[k]++
			break
		}
	}
	fair := true
	for k := range m {
		c := counts[k]
		if c < loops/20 || c > loops/4 {
			fair = false
		}
	}
	fmt.Println("every key first in 5%..25% of loops:", fair, "keys:", len(counts))
}
