// Structs whose fields are all comparable compare field by field with ==;
// blank fields are ignored; structs can be map keys.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	A, B  Point
	Label string
}
type WithIface struct {
	V any
}
type WithBlank struct {
	A int
	_ int
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p3, "l"}
	l2 := Line{p2, p3, "l"}
	fmt.Println(l1 == l2)
	l2.Label = "m"
	fmt.Println(l1 == l2)
	w1 := WithIface{1}
	w2 := WithIface{1}
	w3 := WithIface{"1"}
	fmt.Println(w1 == w2, w1 == w3)
	fmt.Println(WithBlank{A: 1} == WithBlank{A: 1})
	seen := map[Point]string{p1: "first"}
	fmt.Println(seen[p2], seen[p3] == "")
	a := struct{ X, Y int }{1, 2}
	fmt.Println(a == p1) // identical underlying type, one side unnamed
	var zero Point
	fmt.Println(zero == Point{})
}
