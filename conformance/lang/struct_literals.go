// Struct literals: positional, keyed (any order, omitted fields zero),
// nested and pointer literals (&T{}), and elided types in composite literals.
package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct {
	Min, Max Point
	Name     string
	Tags     []string
}

func main() {
	a := Point{1, 2}
	b := Point{Y: 5}
	c := Point{}
	fmt.Println(a, b, c)
	r := Rect{Max: Point{3, 4}, Name: "r"}
	fmt.Printf("%v %+v\n", r, r)
	fmt.Println(r.Tags == nil, len(r.Tags))
	pr := &Rect{Point{0, 0}, Point{1, 1}, "p", []string{"x"}}
	pr.Min.X = -1
	fmt.Printf("%+v\n", *pr)
	pts := []Point{{1, 1}, {X: 2}, {}}
	ptrs := []*Point{{5, 5}, {Y: 6}}
	fmt.Println(pts, *ptrs[0], *ptrs[1])
	m := map[Point]Point{{1, 2}: {3, 4}}
	fmt.Println(m)
	arr := [...]Point{2: {9, 9}}
	fmt.Println(arr)
}
