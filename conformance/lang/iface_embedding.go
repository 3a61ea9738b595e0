// Interfaces embed other interfaces (method sets union, overlapping methods
// allowed since Go 1.14); a larger interface converts to a smaller one implicitly.
package main

import "fmt"

type Namer interface{ Name() string }
type Ager interface{ Age() int }
type Person interface {
	Namer
	Ager
	Name() string // duplicate of embedded method: allowed
}

type Emp struct {
	n string
	a int
}

func (e Emp) Name() string { return e.n }
func (e Emp) Age() int     { return e.a }

func greet(n Namer) string { return "hello " + n.Name() }

func main() {
	var p Person = Emp{"ann", 40}
	fmt.Println(p.Name(), p.Age())
	var n Namer = p // implicit conversion to embedded interface
	fmt.Println(greet(p), n.Name())
	a, ok := n.(Ager)
	fmt.Println(ok, a.Age())
	back, ok2 := n.(Person)
	fmt.Println(ok2, back.Age())
	fmt.Printf("%T %v\n", n, n)
}
