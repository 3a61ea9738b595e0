// Package stats: summaries of float samples.
package stats

import (
	"errors"
	"math"
	"sort"
)

var ErrEmpty = errors.New("stats: no samples")

type Summary struct {
	N                   int
	Min, Max, Mean, Std float64
	Median, P90         float64
}

func Summarize(xs []float64) (Summary, error) {
	if len(xs) == 0 {
		return Summary{}, ErrEmpty
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	sum, sq := 0.0, 0.0
	for _, x := range s {
		sum += x
	}
	mean := sum / float64(len(s))
	for _, x := range s {
		sq += (x - mean) * (x - mean)
	}
	return Summary{len(s), s[0], s[len(s)-1], mean, math.Sqrt(sq / float64(len(s))), quantile(s, 0.5), quantile(s, 0.9)}, nil
}

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i+1 >= len(sorted) {
		return sorted[i]
	}
	f := pos - float64(i)
	return sorted[i]*(1-f) + sorted[i+1]*f
}

// Histogram counts xs in n equal buckets over [min, max].
func Histogram(xs []float64, n int) []int {
	h := make([]int, n)
	if len(xs) == 0 {
		return h
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	for _, x := range xs {
		i := n - 1
		if hi > lo {
			i = int((x - lo) / (hi - lo) * float64(n))
			if i == n {
				i--
			}
		}
		h[i]++
	}
	return h
}
