// %T prints the dynamic type of each operand: predeclared, composite, named, pointer,
// function, channel and interface types, and <nil> for a nil interface.
package main

import "fmt"

type T struct{ A int }
type List []T
type Fn func(int) string

type I interface{ M() }

type myErr struct{}

func (myErr) Error() string { return "e" }

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.5, true, 'r')
	fmt.Printf("%T %T %T %T\n", int8(1), uint16(1), uintptr(1), complex64(1))
	fmt.Printf("%T %T %T\n", []int{}, [3]string{}, map[string][]bool{})
	fmt.Printf("%T %T %T\n", T{}, &T{}, []*T{})
	fmt.Printf("%T %T\n", List{}, Fn(nil))
	fmt.Printf("%T %T %T\n", func() {}, func(int, ...string) (bool, error) { return false, nil }, make(chan int))
	fmt.Printf("%T %T\n", make(<-chan []byte), make(chan<- map[int]int))
	fmt.Printf("%T %T\n", nil, []any{})
	var i I
	var e error = myErr{}
	fmt.Printf("%T %T\n", i, e)
	fmt.Printf("%T\n", struct {
		A int
		B []string
	}{})
	fmt.Printf("%T %T\n", [2][3]int{}, map[[2]int]struct{}{})
	fmt.Printf("%T %T\n", byte(1), rune(1))
	fmt.Printf("%10T|%-6T|\n", 1, "s")
}
