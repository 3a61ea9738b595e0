// Structs print as {f1 f2 ...}; %+v adds field names, %#v the type; nested, anonymous,
// embedded and unexported fields and empty structs all follow the same rules.
package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Point
	Name  string
	inner struct{ a, b bool }
	Tags  []string
	Meta  map[string]int
	Ptr   *int
}

type Empty struct{}

type Deep struct {
	L1 struct {
		L2 struct {
			L3 Point
		}
	}
}

func main() {
	n := Named{Point: Point{1, 2}, Name: "n", Tags: []string{"t"}, Meta: map[string]int{"m": 1}}
	n.inner.a = true
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", Point{3, 4})
	fmt.Printf("%#v\n", Empty{})
	fmt.Println(Empty{}, []Empty{{}, {}})
	var d Deep
	d.L1.L2.L3 = Point{5, 6}
	fmt.Printf("%v\n%+v\n", d, d)
	anon := struct {
		A int
		B struct{ C string }
	}{A: 1}
	anon.B.C = "c"
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", anon)
	fmt.Println(n.X, n.Point.Y)
	type withIface struct {
		V any
		E error
	}
	fmt.Printf("%+v\n", withIface{V: Point{7, 8}})
	fmt.Printf("%+v\n", withIface{V: []any{1, "a"}})
	fmt.Printf("%d %s\n", Point{1, 2}, Point{1, 2})
}
