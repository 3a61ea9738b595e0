// Package report renders what the other packages compute.
package report

import (
	"fmt"
	"io"
	"strings"

	"example.com/buildbench/geom"
	"example.com/buildbench/stats"
	"example.com/buildbench/store"
	"example.com/buildbench/text"
)

type Report struct {
	w     io.Writer
	lines int
}

func New(w io.Writer) *Report { return &Report{w: w} }

func (r *Report) Line(format string, args ...any) {
	r.lines++
	fmt.Fprintf(r.w, format+"\n", args...)
}

func (r *Report) Shapes(shapes []geom.Shape) {
	byArea := store.NewOrdered[float64, geom.Shape]()
	for _, s := range shapes {
		byArea.Put(s.Area(), s)
	}
	byArea.Each(func(a float64, s geom.Shape) bool {
		r.Line("%v %T area=%.2f perimeter=%.2f bounds=%v-%v", s.ID(), s, a, s.Perimeter(), s.Bounds().Min, s.Bounds().Max)
		return true
	})
	r.Line("total area %.2f", geom.TotalArea(shapes))
}

func (r *Report) Stats(name string, xs []float64) {
	s, err := stats.Summarize(xs)
	if err != nil {
		r.Line("%s: %v", name, err)
		return
	}
	r.Line("%s: n=%d min=%.2f max=%.2f mean=%.3f std=%.3f median=%.2f p90=%.2f", name, s.N, s.Min, s.Max, s.Mean, s.Std, s.Median, s.P90)
	h := stats.Histogram(xs, 5)
	bars := store.MapSlice(h, func(n int) string { return strings.Repeat("*", n) })
	r.Line("%s histogram: %s", name, strings.Join(bars, "|"))
}

func (r *Report) Words(s string) {
	c := text.Counts(s)
	top := text.Top(c, 5)
	r.Line("top words: %s", strings.Join(store.MapSlice(top, func(w string) string { return fmt.Sprintf("%s=%d", w, c[w]) }), " "))
	toks := text.Tokenize(s)
	kinds := store.Reduce(toks, map[string]int{}, func(m map[string]int, t text.Token) map[string]int { m[t.Kind]++; return m })
	r.Line("tokens: %d words, %d numbers, %d punctuation", kinds["word"], kinds["number"], kinds["punct"])
}

func (r *Report) Lines() int { return r.lines }
