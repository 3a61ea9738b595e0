// The loop of tests/soak/slice_soak.c in Go, to compare goc's RSS figures
// with gc's on the same work (tests/soak/run.sh --gc builds it with the
// oracle, Go 1.23): rounds alternate a []int64 appended to 4 MB and a
// []*int64 appended to 2 MB (each element a fresh object), dropped after
// each round; peak RSS per tenth of the rounds, the same verdict line and
// exit status. One file on purpose: goc builds it too (run.sh --goc).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

func rssKiB() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		panic(err)
	}
	v, err := strconv.ParseInt(strings.Fields(string(b))[1], 10, 64)
	if err != nil {
		panic(err)
	}
	return v * int64(os.Getpagesize()) / 1024
}

func main() {
	rounds := 400
	if v, err := strconv.Atoi(os.Getenv("SOAK_ROUNDS")); err == nil && v > 0 {
		rounds = v
	}
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
		peak = max(peak, rssKiB())
		if (r+1)%interval == 0 {
			if first == 0 {
				first = peak
			}
			last = peak
			fmt.Printf("slice_soak (%s): %5d rounds  peak RSS %7d KiB\n", runtime.Version(), r+1, peak)
			peak = 0
		}
	}
	ratio := float64(last) / float64(first)
	verdict := "PASS"
	if ratio > 1.2 {
		verdict = "FAIL"
	}
	fmt.Printf("slice_soak (%s): peak RSS of the first tenth %d KiB, of the last tenth %d KiB, ratio %.3f (limit 1.200): %s\n",
		runtime.Version(), first, last, ratio, verdict)
	if verdict == "FAIL" {
		os.Exit(1)
	}
}
