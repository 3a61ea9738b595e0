// %+v adds field names to structs at every depth, including structs inside slices, maps,
// pointers at top level, and embedded structs; other kinds print as with %v.
package main

import "fmt"

type inner struct {
	A int
	b string
}

type Base struct{ ID int }

type outer struct {
	Name string
	In   inner
	List []inner
	M    map[string]inner
	Base
	Anon  struct{ X, Y float64 }
	Iface any
}

func main() {
	o := outer{
		Name:  "o",
		In:    inner{1, "x"},
		List:  []inner{{2, "y"}, {3, "z"}},
		M:     map[string]inner{"k": {4, "w"}},
		Base:  Base{9},
		Anon:  struct{ X, Y float64 }{1.5, -2},
		Iface: inner{5, "v"},
	}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%+v\n", &o.In)
	fmt.Printf("%+v %+v %+v\n", 1, "s", []int{1})
	fmt.Printf("%+v\n", struct{}{})
	fmt.Printf("%+v\n", []any{inner{6, "u"}, 7})
	fmt.Printf("%+v\n", outer{})
}
