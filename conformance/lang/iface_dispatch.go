// Interface method calls dispatch on the dynamic type held by the interface,
// which can change over time; a slice of interfaces holds mixed types.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (s Square) Name() string   { return "square" } // Area promoted from Rect

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}}}
	for _, s := range shapes {
		fmt.Printf("%s %v %T\n", s.Name(), s.Area(), s)
	}
	fmt.Println(total(shapes))
	var s Shape = Rect{1, 1}
	fmt.Println(s.Name())
	s = &Circle{2}
	fmt.Println(s.Name(), s.Area())
}
