// %#v prints Go-syntax representations: typed composites, quoted strings, nil slices
// and maps, pointers to structs, interface values, and numbers in Go form.
package main

import "fmt"

type T struct {
	A int
	B string
	C []float64
}

type E struct{ T }

type Num int
type Str string

func main() {
	fmt.Printf("%#v\n", T{1, "x", []float64{1, 2.5}})
	fmt.Printf("%#v\n", &T{A: 2})
	fmt.Printf("%#v\n", E{T{3, "y", nil}})
	fmt.Printf("%#v %#v\n", []int{1, 2}, []int(nil))
	fmt.Printf("%#v %#v\n", map[string]int{"b": 2, "a": 1}, map[string]int(nil))
	fmt.Printf("%#v %#v\n", [2]bool{true, false}, [0]int{})
	fmt.Printf("%#v %#v %#v %#v\n", 42, -1, uint8(7), uint64(1<<63))
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 2.5, 1e6, 1e-7, float32(0.1))
	fmt.Printf("%#v %#v\n", "quote\"d\n", 'r')
	fmt.Printf("%#v %#v\n", true, 3+4i)
	fmt.Printf("%#v %#v\n", Num(5), Str("s"))
	fmt.Printf("%#v\n", []any{1, "a", nil, 1.5})
	var ip *int
	var e error
	fmt.Printf("%#v %#v\n", ip, e)
	fmt.Printf("%#v\n", struct {
		X int
		y string
	}{1, "z"})
	fmt.Printf("%#v\n", map[struct{ K int }]bool{{K: 1}: true})
	fmt.Printf("%#v\n", [][]string{{"a"}, nil})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", []byte("hi"))
}
