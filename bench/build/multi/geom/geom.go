// Package geom: points, shapes behind an interface, bounding boxes.
package geom

import (
	"fmt"
	"math"
	"sort"

	"example.com/buildbench/internal/ids"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point     { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point     { return Point{p.X - q.X, p.Y - q.Y} }
func (p Point) Scale(k float64) Point { return Point{p.X * k, p.Y * k} }
func (p Point) Dot(q Point) float64   { return p.X*q.X + p.Y*q.Y }
func (p Point) Len() float64          { return math.Hypot(p.X, p.Y) }
func (p Point) String() string        { return fmt.Sprintf("(%.2f,%.2f)", p.X, p.Y) }
func (p Point) Dist(q Point) float64  { return p.Sub(q).Len() }
func (p Point) Rotate(a float64) Point {
	s, c := math.Sincos(a)
	return Point{p.X*c - p.Y*s, p.X*s + p.Y*c}
}
func (p Point) Less(q Point) bool            { return p.X < q.X || p.X == q.X && p.Y < q.Y }
func (p Point) Near(q Point, e float64) bool { return p.Dist(q) <= e }

type Shape interface {
	Area() float64
	Perimeter() float64
	Bounds() Rect
	ID() ids.ID
}

type Rect struct {
	Min, Max Point
	id       ids.ID
}

func NewRect(a, b Point) *Rect {
	return &Rect{Point{math.Min(a.X, b.X), math.Min(a.Y, b.Y)}, Point{math.Max(a.X, b.X), math.Max(a.Y, b.Y)}, ids.New()}
}

func (r *Rect) Area() float64      { d := r.Max.Sub(r.Min); return d.X * d.Y }
func (r *Rect) Perimeter() float64 { d := r.Max.Sub(r.Min); return 2 * (d.X + d.Y) }
func (r *Rect) Bounds() Rect       { return *r }
func (r *Rect) ID() ids.ID         { return r.id }
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}
func (r Rect) Union(s Rect) Rect {
	return Rect{Point{math.Min(r.Min.X, s.Min.X), math.Min(r.Min.Y, s.Min.Y)}, Point{math.Max(r.Max.X, s.Max.X), math.Max(r.Max.Y, s.Max.Y)}, 0}
}

type Circle struct {
	C  Point
	R  float64
	id ids.ID
}

func NewCircle(c Point, r float64) *Circle { return &Circle{c, r, ids.New()} }
func (c *Circle) Area() float64            { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64       { return 2 * math.Pi * c.R }
func (c *Circle) Bounds() Rect {
	return Rect{c.C.Sub(Point{c.R, c.R}), c.C.Add(Point{c.R, c.R}), 0}
}
func (c *Circle) ID() ids.ID { return c.id }

type Polygon struct {
	Pts []Point
	id  ids.ID
}

func NewPolygon(pts ...Point) *Polygon { return &Polygon{pts, ids.New()} }

func (p *Polygon) Area() float64 {
	s := 0.0
	for i := range p.Pts {
		a, b := p.Pts[i], p.Pts[(i+1)%len(p.Pts)]
		s += a.X*b.Y - b.X*a.Y
	}
	return math.Abs(s) / 2
}

func (p *Polygon) Perimeter() float64 {
	s := 0.0
	for i := range p.Pts {
		s += p.Pts[i].Dist(p.Pts[(i+1)%len(p.Pts)])
	}
	return s
}

func (p *Polygon) Bounds() Rect {
	r := Rect{p.Pts[0], p.Pts[0], 0}
	for _, q := range p.Pts[1:] {
		r = r.Union(Rect{q, q, 0})
	}
	return r
}

func (p *Polygon) ID() ids.ID { return p.id }

// Hull is the convex hull of pts (monotone chain).
func Hull(pts []Point) []Point {
	ps := append([]Point(nil), pts...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Less(ps[j]) })
	cross := func(o, a, b Point) float64 { return a.Sub(o).X*b.Sub(o).Y - a.Sub(o).Y*b.Sub(o).X }
	var h []Point
	for pass := 0; pass < 2; pass++ {
		start := len(h)
		for _, p := range ps {
			for len(h) >= start+2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
				h = h[:len(h)-1]
			}
			h = append(h, p)
		}
		h = h[:len(h)-1]
		for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
			ps[i], ps[j] = ps[j], ps[i]
		}
	}
	return h
}

// TotalArea sums the areas of shapes.
func TotalArea(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}
