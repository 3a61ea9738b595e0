// nil values of every kind format predictably: <nil> for nil interfaces, pointers,
// funcs and channels; [] and map[] for nil slices and maps; Go syntax with %#v.
package main

import "fmt"

type T struct{ A int }

func main() {
	var (
		i  any
		e  error
		p  *T
		ip *int
		s  []int
		m  map[string]int
		f  func()
		c  chan int
		bs []byte
		a  [0]int
	)
	fmt.Println(i, e, p, ip, s, m, f == nil, c, bs, a)
	fmt.Printf("%v %v %v %v %v %v\n", i, e, p, s, m, c)
	fmt.Printf("%+v %+v %+v\n", p, s, m)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", i, p, s, m, bs, c)
	fmt.Printf("%T %T %T %T %T %T %T\n", i, e, p, s, m, f, c)
	fmt.Printf("%d %s %x %q\n", s, bs, bs, bs)
	fmt.Printf("%v %d\n", f, p)
	fmt.Println([]*T{nil, nil}, []any{nil, s, m})
	fmt.Println(map[string]*T{"a": nil}, struct {
		P *T
		S []int
		M map[int]int
		I any
	}{})
	fmt.Printf("%+v\n", struct {
		E error
		F func()
	}{})
	fmt.Printf("[%5v] [%-5v] [%5s]\n", nil, nil, nil)
	fmt.Print(nil, nil, "\n")
	fmt.Println(fmt.Sprint(p), fmt.Sprint(i), fmt.Sprint(s))
}
