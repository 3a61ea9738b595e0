// copy of structs containing strings and slices copies each field by value
// (the nested slice header, not its elements).
package main

import "fmt"

type rec struct {
	name string
	tags []string
	n    int
}

func main() {
	src := []rec{{"a", []string{"x"}, 1}, {"b", nil, 2}}
	dst := make([]rec, 3)
	n := copy(dst, src)
	src[0].name = "A"
	src[0].tags[0] = "X"
	src[1].n = 20
	fmt.Println(n)
	fmt.Printf("%+v\n", dst)
}
