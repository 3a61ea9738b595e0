// Map benchmark: growth from empty to 10^6 entries.
//
// Each round makes a map[int64]int64 without a size hint and inserts
// 10^6 keys, so the map passes through every doubling (B = 0 .. 18 under
// the classic map) with incremental evacuation along the way; the keys are
// scattered multiples so they do not arrive in hash order.  Usage:
// grow <size> <scale>.
//
// bench: grow 1000000
// bench-quick: grow 65536
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := atoi(os.Args[2])
	rounds := 4 * atoi(os.Args[3]) / 1000
	if rounds < 1 {
		rounds = 1
	}
	var sum uint64
	for r := 0; r < rounds; r++ {
		m := make(map[int64]int64)
		for i := 0; i < n; i++ {
			k := int64(i) * 2654435761
			m[k] = int64(i + r)
		}
		sum += uint64(len(m)) + uint64(m[int64(n/2)*2654435761])
	}
	fmt.Println("grow", n, sum)
}
