// The loop of tests/soak/map_soak.c in Go, to compare goc's RSS figures with
// gc's on the same work (tests/soak/run.sh --gc builds it with the oracle,
// Go 1.23): 10^7 cycles of m[i] = new(T); delete(m, i-W) on a
// map[int64]*T, peak RSS per tenth of the run, the same verdict line.
package main

import (
	"fmt"

	"soakgc/internal/soak"
)

type T struct {
	id   int64
	next *T
	pad  [4]int64
}

func main() {
	cycles, window := soak.Env("SOAK_CYCLES", 10000000), soak.Env("SOAK_WINDOW", 100000)
	interval := cycles / 10
	m := map[int64]*T{}
	var peak, first, last int64
	for i := int64(0); i < cycles; i++ {
		v := &T{id: i}
		v.next = v
		m[i] = v
		if i >= window {
			delete(m, i-window)
		}
		if (i+1)%(interval/10) == 0 {
			peak = max(peak, soak.RSSKiB())
		}
		if (i+1)%interval == 0 {
			if first == 0 {
				first = peak
			}
			last = peak
			fmt.Printf("map_soak (gc): %9d cycles  peak RSS %7d KiB  len %d\n", i+1, peak, len(m))
			peak = 0
		}
	}
	soak.Verdict("map_soak", first, last)
}
