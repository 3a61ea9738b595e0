// Command buildbench is the multi-package program of bench/buildtime: it
// exercises a few packages of its own (geometry behind interfaces, generic
// containers, text processing, statistics) and prints a report.
package main

import (
	"fmt"
	"os"

	"example.com/buildbench/geom"
	"example.com/buildbench/internal/ids"
	"example.com/buildbench/report"
	"example.com/buildbench/store"
	"example.com/buildbench/text"
)

const sample = `The quick brown fox jumps over the lazy dog. The dog sleeps; the fox
runs 42 times around 3.5 trees. A fox is quick, a dog is lazy, and the trees are tall.`

func main() {
	r := report.New(os.Stdout)
	shapes := []geom.Shape{
		geom.NewRect(geom.Point{X: 0, Y: 0}, geom.Point{X: 3, Y: 2}),
		geom.NewCircle(geom.Point{X: 1, Y: 1}, 1.5),
		geom.NewPolygon(geom.Point{X: 0, Y: 0}, geom.Point{X: 4, Y: 0}, geom.Point{X: 4, Y: 3}),
	}
	r.Shapes(shapes)
	hull := geom.Hull([]geom.Point{{X: 0, Y: 0}, {X: 2, Y: 1}, {X: 4, Y: 0}, {X: 3, Y: 3}, {X: 1, Y: 2}, {X: 2, Y: 4}})
	r.Line("hull %v", hull)

	var q store.Queue[ids.ID]
	for _, s := range shapes {
		q.Push(s.ID())
	}
	seen := store.SetOf[ids.ID]()
	for q.Len() > 0 {
		id, _ := q.Pop()
		seen.Add(id)
	}
	id, ok := ids.Parse("#2")
	r.Line("ids seen %d, #2 parsed %v %v", seen.Len(), ok, seen.Has(id))

	xs := store.MapSlice(shapes, geom.Shape.Area)
	r.Stats("areas", xs)
	r.Stats("none", nil)
	r.Words(sample)

	lru := store.NewLRU[string, int](2)
	lru.Put("a", 1)
	lru.Put("b", 2)
	lru.Get("a")
	lru.Put("c", 3)
	_, hasB := lru.Get("b")
	r.Line("lru keeps b: %v", hasB)

	out, err := text.Expand("{n:4} shapes, {what}", map[string]any{"n": len(shapes), "what": "done"})
	r.Line("%s %v", out, err)
	fmt.Println("report lines:", r.Lines())
}
