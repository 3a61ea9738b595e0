// A String() method with a value receiver is used by %v, %s and Println for values and
// pointers alike, at any depth of slices, arrays, maps and exported struct fields.
package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Wrap struct {
	C     Color
	Cs    []Color
	M     map[Color]Color
	inner Color
}

func main() {
	c := Color(1)
	fmt.Println(c, &c, Color(7))
	fmt.Printf("%v %s %d %x %q\n", c, c, c, c, c)
	fmt.Printf("%+v %#v %T\n", c, c, c)
	fmt.Println([]Color{0, 1, 2}, [2]Color{1, 0})
	fmt.Println(map[Color]Color{1: 0, 0: 1, 5: 5})
	w := Wrap{C: 1, Cs: []Color{0}, M: map[Color]Color{0: 1}, inner: 1}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(&w)
	fmt.Println([]any{Color(0), 1, "s"})
	fmt.Printf("[%8v] [%-8s] [%.2s]\n", c, c, c)
	var s fmt.Stringer = Color(0)
	fmt.Println(s, s.String())
}
