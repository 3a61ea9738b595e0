// Instantiating with struct and pointer types: a generic function mutates
// through *T type arguments but copies T arguments, and %T shows the arguments.
package main

import "fmt"

type Point struct{ X, Y int }

func SetAll[T any](s []T, v T) {
	for i := range s {
		s[i] = v
	}
}

func First[T any](s []T) T { return s[0] }

type Box[T any] struct{ V T }

func (b *Box[T]) Set(v T) { b.V = v }
func (b Box[T]) Get() T   { return b.V }

func main() {
	pts := make([]Point, 2)
	SetAll(pts, Point{1, 2})
	fmt.Println(pts)
	f := First(pts)
	f.X = 100
	fmt.Println(pts[0])
	ptrs := []*Point{{1, 1}, {2, 2}}
	pf := First(ptrs)
	pf.X = 100
	fmt.Println(*ptrs[0])
	b := Box[Point]{}
	b.Set(Point{3, 4})
	fmt.Println(b.Get(), b)
	bp := Box[*Point]{&Point{5, 6}}
	bp.Get().Y = 60
	fmt.Println(*bp.V)
	bb := Box[Box[string]]{Box[string]{"nested"}}
	fmt.Printf("%v %T %T\n", bb.Get().Get(), bb, bp)
	anon := Box[struct{ A int }]{}
	anon.V.A = 9
	fmt.Printf("%+v %T\n", anon, anon)
}
