// Evaluating a method value p.M for a value-receiver method through a nil
// pointer panics at evaluation time, before any call; a pointer-receiver method value does not.
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return 7 }

func main() {
	var p *T
	pm := p.Ptr // fine: binds the nil pointer
	fmt.Println("pointer method value:", pm())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println("evaluating value method value")
	vm := p.Val
	fmt.Println("not reached", vm != nil)
}
