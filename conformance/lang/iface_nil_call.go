// Calling a method on a nil interface value panics with a nil pointer
// dereference; calling a pointer method on a nil pointer inside an interface is fine.
package main

import "fmt"

type Greeter interface{ Greet() string }

type G struct{ name string }

func (g *G) Greet() string {
	if g == nil {
		return "hello from nil *G"
	}
	return "hello " + g.name
}

func call(gr Greeter) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	return gr.Greet()
}

func main() {
	var np *G
	fmt.Println(call(&G{"x"}))
	fmt.Println(call(np))
	fmt.Println(call(nil))
}
