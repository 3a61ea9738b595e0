// Struct tags do not affect behaviour, but they are part of type identity:
// conversion between struct types differing only in tags is allowed (Go 1.8).
package main

import "fmt"

type A struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty" xml:"age"`
}

type B struct {
	Name string
	Age  int `custom:"x"`
}

func main() {
	a := A{"ann", 30}
	b := B(a)
	b.Age++
	fmt.Println(a, b)
	fmt.Printf("%+v %T\n", b, b)
	c := struct {
		Name string `other:"1"`
		Age  int
	}(b)
	fmt.Println(c.Name, c.Age)
}
