// Anonymous struct types: literals, slices of them, assignability between
// identical struct types, and conversion between named types with identical fields.
package main

import "fmt"

type Pair struct {
	K string
	V int
}

type Other struct {
	K string
	V int
}

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)
	items := []struct {
		Name string
		Qty  int
	}{{"apple", 3}, {"pear", 5}}
	total := 0
	for _, it := range items {
		total += it.Qty
	}
	fmt.Println(items, total)
	var p Pair = struct {
		K string
		V int
	}{"a", 1}
	o := Other(p)
	o.V = 2
	fmt.Println(p, o)
	fmt.Printf("%T %T\n", o, struct{ A int }{})
	empty := struct{}{}
	fmt.Println(empty, empty == struct{}{})
	nested := struct {
		Inner struct{ X int }
	}{}
	nested.Inner.X = 5
	fmt.Printf("%+v\n", nested)
}
