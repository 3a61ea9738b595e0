// The loop of tests/soak/slice_soak.c in Go, to compare goc's RSS figures
// with gc's on the same work (tests/soak/run.sh --gc builds it with the
// oracle, Go 1.23): rounds alternate a []int64 appended to 4 MB and a
// []*int64 appended to 2 MB (each element a fresh object), dropped after
// each round; peak RSS per tenth of the rounds, the same verdict line.
package main

import (
	"fmt"

	"soakgc/internal/soak"
)

func main() {
	rounds := int(soak.Env("SOAK_ROUNDS", 400))
	interval := rounds / 10
	var peak, first, last int64
	for r := 0; r < rounds; r++ {
		if r%2 == 1 {
			n := (2 << 20) / 8
			var s []*int64
			for i := 0; i < n; i++ {
				p := new(int64)
				*p = int64(i + r)
				s = append(s, p)
			}
			for i := 0; i < n; i += 4099 {
				if *s[i] != int64(i+r) {
					panic("slice_soak: wrong element")
				}
			}
		} else {
			n := (4 << 20) / 8
			var s []int64
			for i := 0; i < n; i++ {
				s = append(s, int64(i^r))
			}
			for i := 0; i < n; i += 4099 {
				if s[i] != int64(i^r) {
					panic("slice_soak: wrong element")
				}
			}
		}
		peak = max(peak, soak.RSSKiB())
		if (r+1)%interval == 0 {
			if first == 0 {
				first = peak
			}
			last = peak
			fmt.Printf("slice_soak (gc): %5d rounds  peak RSS %7d KiB\n", r+1, peak)
			peak = 0
		}
	}
	soak.Verdict("slice_soak", first, last)
}
