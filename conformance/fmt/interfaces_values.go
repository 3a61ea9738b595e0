// Values held in interfaces print by their dynamic type and value; %T reveals the dynamic
// type, and nested interfaces in slices, maps and struct fields are unwrapped.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Named string

func main() {
	vals := []any{1, int8(-2), uint(3), 4.5, float32(5.5), "six", '7', true, nil, Sq{2}, &Sq{3}, []int{8}, map[string]int{"n": 9}, Named("ten"), 3 + 1i, [1]any{nil}}
	for _, v := range vals {
		fmt.Printf("%v|%+v|%T\n", v, v, v)
	}
	var s Shape = Sq{4}
	fmt.Println(s, s.Area())
	fmt.Printf("%v %#v %T\n", s, s, s)
	m := map[string]any{"a": 1, "b": []any{"x", 2.0}, "c": map[string]any{"d": nil}}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
	type box struct{ V any }
	fmt.Printf("%v %+v %#v\n", box{1}, box{"s"}, box{[]int{1}})
	var nested any = any(any(5))
	fmt.Printf("%v %T\n", nested, nested)
}
