// A module of several packages: an interface declared in one package and
// implemented in others (main too), struct embedding and promoted methods
// across packages, generic types and functions of another package
// instantiated with types of a third, an internal package, method values and
// expressions, type assertions and switches on types of other packages.
package main

import (
	"errors"
	"fmt"

	"example.com/crosspkg/container"
	"example.com/crosspkg/internal/geom"
	"example.com/crosspkg/render"
	"example.com/crosspkg/shape"
)

type square struct{ side float64 }

func (s square) Area() float64 { return s.side * s.side }
func (s square) Name() string  { return "square" }

type meters float64

func main() {
	c := shape.Circle{Point: geom.Point{X: 3, Y: 4}, R: 2}
	fmt.Println(c.Dist(geom.Point{}), c.X)
	c.Scale(2) // promoted pointer method on an addressable value
	fmt.Println(c.Point, c.Name())

	shapes := []shape.Shape{c, &shape.Rect{Max: geom.Point{X: 2, Y: 5}}, square{3}}
	fmt.Println(render.Describe(shapes))
	fmt.Printf("%.2f\n", render.Total(shapes))

	for _, s := range shapes {
		switch v := s.(type) {
		case shape.Circle:
			fmt.Println("circle at", v.Point)
		case *shape.Rect:
			fmt.Println("rect to", v.Max)
		case square:
			fmt.Println("main's square", v.side)
		}
		var n shape.Named = s
		name := n.Name
		fmt.Println(name())
	}

	var st container.Stack[shape.Shape]
	for _, s := range shapes {
		st.Push(s)
	}
	top, ok := st.Pop()
	fmt.Println(top.Name(), ok, st.Len())

	var ms container.Stack[meters]
	ms.Push(1.5)
	ms.Push(2)
	fmt.Println(container.Sum[meters](1.5, 2.25), container.Max("pear", "apple"))

	idx := container.Index(shapes, shape.Shape.Name)
	fmt.Println(len(idx), idx["square"].Val.Area(), idx["rect"].Key)

	err := fmt.Errorf("render: %w", shape.ErrEmpty)
	fmt.Println(errors.Is(err, shape.ErrEmpty), err)
	fmt.Printf("%T %T %v\n", st, idx["square"], container.Pair[string, int]{"k", 1})
}
