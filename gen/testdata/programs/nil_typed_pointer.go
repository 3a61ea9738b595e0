package main

import "fmt"

// Conversions of nil to pointer types used directly: field and element
// access, slicing and ranging through a typed nil pointer.

type T struct{ a, b int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	try("field", func() { fmt.Println((*T)(nil).b) })
	try("len", func() { fmt.Println(len((*[3]int)(nil))) })
	try("index", func() { fmt.Println((*[3]int)(nil)[1]) })
	try("slice", func() { fmt.Println(len((*[1]int)(nil)[:])) })
	try("range", func() {
		for i := range (*[2]int)(nil) {
			fmt.Println(i)
		}
	})
	try("range2", func() {
		for i, v := range (*[2]int)(nil)[:] {
			fmt.Println(i, v)
		}
	})
	var p *T = (*T)(nil)
	fmt.Println(p == nil, p == (*T)(nil))
}
