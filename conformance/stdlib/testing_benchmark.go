// testing.Benchmark, testing.AllocsPerRun and testing's helpers from a main
// program (testing from GOROOT). Times and allocation counts are not
// printed: only facts Go guarantees (AllocsPerRun calls f runs+1 times,
// Benchmark starts at b.N == 1 and its result carries SetBytes and
// ReportMetric values).
package main

import (
	"fmt"
	"strings"
	"testing"
)

var sink string

func main() {
	calls := 0
	avg := testing.AllocsPerRun(50, func() { calls++ })
	fmt.Println("AllocsPerRun calls:", calls, "allocs of a func that allocates nothing:", avg)

	var ns []int
	r := testing.Benchmark(func(b *testing.B) {
		ns = append(ns, b.N)
		b.SetBytes(1024)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sink = strings.Repeat("x", i%16)
		}
		b.ReportMetric(42, "widgets/op")
	})
	fmt.Println("first b.N:", ns[0], "last b.N == result N:", ns[len(ns)-1] == r.N, "N > 0:", r.N > 0)
	fmt.Println("bytes:", r.Bytes, "widgets/op:", r.Extra["widgets/op"], "T >= 0:", r.T >= 0)
	fmt.Println("String mentions widgets/op:", strings.Contains(r.String(), "42.00 widgets/op"))

	// A benchmark that skips stops at its first run with a zero result.
	r = testing.Benchmark(func(b *testing.B) {
		b.SkipNow()
	})
	fmt.Println("skipped benchmark N:", r.N)

	// A sub-benchmark: Run reports that it ran.
	var subs []string
	oks := 0
	testing.Benchmark(func(b *testing.B) {
		if b.Run("sub", func(b *testing.B) {
			subs = append(subs, b.Name())
			for i := 0; i < b.N; i++ {
			}
		}) {
			oks++
		}
	})
	fmt.Println("sub-benchmark ran:", len(subs) > 0, oks > 0, "name:", subs[0])

	fmt.Println("Testing():", testing.Testing())
	fmt.Println("CoverMode:", testing.CoverMode() == "", "Coverage:", testing.Coverage())
}
