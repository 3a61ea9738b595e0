// The loop of tests/soak/map_soak.c in Go, to compare goc's RSS figures with
// gc's on the same work (tests/soak/run.sh --gc builds it with the oracle,
// Go 1.23): 10^7 cycles of m[i] = new(T); delete(m, i-W) on a
// map[int64]*T, peak RSS per tenth of the run, the same verdict line and
// exit status. One file on purpose: goc builds it too (run.sh --goc).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

type T struct {
	id   int64
	next *T
	pad  [4]int64
}

// rssKiB reads the resident set size from /proc/self/statm (pages).
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

func env(name string, def int64) int64 {
	if v, err := strconv.ParseInt(os.Getenv(name), 10, 64); err == nil && v > 0 {
		return v
	}
	return def
}

func main() {
	cycles, window := env("SOAK_CYCLES", 10000000), env("SOAK_WINDOW", 100000)
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
			peak = max(peak, rssKiB())
		}
		if (i+1)%interval == 0 {
			if first == 0 {
				first = peak
			}
			last = peak
			fmt.Printf("map_soak (%s): %9d cycles  peak RSS %7d KiB  len %d\n", runtime.Version(), i+1, peak, len(m))
			peak = 0
		}
	}
	ratio := float64(last) / float64(first)
	verdict := "PASS"
	if ratio > 1.2 {
		verdict = "FAIL"
	}
	fmt.Printf("map_soak (%s): peak RSS of the first tenth %d KiB, of the last tenth %d KiB, ratio %.3f (limit 1.200): %s\n",
		runtime.Version(), first, last, ratio, verdict)
	if verdict == "FAIL" {
		os.Exit(1)
	}
}
