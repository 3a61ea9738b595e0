// Package geom is internal to the module: its packages may import it.
package geom

import "math"

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

// Scale is a method with a pointer receiver, promoted through embedding.
func (p *Point) Scale(k float64) { p.X *= k; p.Y *= k }
