// %#v calls a GoString() method when the type has one; %v and %s ignore it and use
// String() or the default format.
package main

import "fmt"

type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("NewG(%d)", g.n) }

type GS struct{}

func (GS) GoString() string { return "GS!" }
func (GS) String() string   { return "gs" }

func main() {
	fmt.Printf("%#v %v %+v %s\n", G{1}, G{1}, G{1}, G{1})
	fmt.Printf("%#v %v\n", []G{{2}, {3}}, []G{{2}, {3}})
	fmt.Printf("%#v %v\n", map[string]G{"a": {4}}, map[string]G{"a": {4}})
	fmt.Printf("%#v %v %s\n", GS{}, GS{}, GS{})
	fmt.Printf("%#v\n", struct{ F G }{G{5}})
	fmt.Printf("%#v\n", &G{6})
}
