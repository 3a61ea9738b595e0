// A String() method with a pointer receiver is used only when the operand is a pointer;
// plain values (also inside slices and structs) print their fields instead.
package main

import "fmt"

type P struct {
	N int
}

func (p *P) String() string { return fmt.Sprintf("P#%d", p.N) }

type Holder struct {
	V  P
	Pp *P
}

func main() {
	v := P{1}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %s %+v\n", v, &v, &v, &v)
	fmt.Println([]P{{2}, {3}}, []*P{{4}, {5}})
	h := Holder{P{6}, &P{7}}
	fmt.Printf("%v %+v\n", h, h)
	fmt.Println(map[string]*P{"a": {8}}, map[string]P{"b": {9}})
	var np *P
	fmt.Println(np == nil)
	fmt.Printf("%d %d\n", v, &v)
	var s fmt.Stringer = &v
	fmt.Println(s)
}
