// Comparisons of interfaces holding maps, funcs, or structs with slice fields
// panic at run time; the panic is a runtime.Error and is recoverable.
package main

import "fmt"

type WithSlice struct{ s []int }

func try(name string, a, b any) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, r, isErr)
	}()
	fmt.Println(name, a == b)
}

func main() {
	try("map", map[int]int{}, map[int]int{})
	try("func", func() {}, func() {})
	try("struct", WithSlice{}, WithSlice{})
	try("array", [1]any{[]int{}}, [1]any{[]int{}})
	try("different types", []int{}, "x")
	m := map[any]int{}
	defer func() { fmt.Println("map key:", recover()) }()
	m[[]string{"k"}] = 1
}
