// Calling a value method through an interface holding a nil *T panics; gc 1.23
// reports it as a nil pointer dereference.
package main

import "fmt"

type T struct{ name string }

func (t T) Name() string { return t.name }

type namer interface{ Name() string }

func main() {
	var p *T
	var n namer = p
	fmt.Println(n.Name())
}
