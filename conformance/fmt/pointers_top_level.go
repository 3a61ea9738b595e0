// A non-nil pointer at the top level to a struct, array, slice or map prints as & followed
// by the pointee, with %v, %+v and %#v (pointers nested deeper would print addresses).
package main

import "fmt"

type T struct {
	A int
	B string
}

type Node struct {
	Name string
	Vals []int
}

func main() {
	t := &T{1, "x"}
	fmt.Println(t)
	fmt.Printf("%v %+v %#v\n", t, t, t)
	arr := &[3]int{1, 2, 3}
	sl := &[]string{"a", "b"}
	mp := &map[string]int{"k": 1}
	fmt.Println(arr, sl, mp)
	fmt.Printf("%v %+v %#v\n", arr, sl, mp)
	fmt.Printf("%d %x %s\n", arr, arr, sl)
	n := &Node{"n", []int{1, 2}}
	fmt.Printf("%v|%+v\n", n, n)
	var pp **T = &t
	fmt.Println(pp != nil, *pp)
	fmt.Printf("%T %T %T\n", t, arr, pp)
	empty := &struct{}{}
	fmt.Println(empty)
	fmt.Print(t, "\n")
	fmt.Println(fmt.Sprint(&T{}), fmt.Sprintf("%v", &[0]int{}))
}
