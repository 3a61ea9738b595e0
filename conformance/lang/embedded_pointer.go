// Embedding a pointer type promotes the pointee's fields and methods (value
// and pointer receivers); the embedded pointer is shared, not copied.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Named struct {
	*Counter
	Name string
}

type Incer interface {
	Inc()
	Value() int
}

func main() {
	c := &Counter{}
	a := Named{c, "a"}
	b := a // copies the pointer: both share the Counter
	a.Inc()
	b.Inc()
	fmt.Println(a.Value(), b.Value(), c.n, a.n)
	var i Incer = a // value Named has Inc via embedded *Counter
	i.Inc()
	fmt.Println(c.Value())
	a.Counter = &Counter{n: 10}
	a.Inc()
	fmt.Println(a.Value(), b.Value())
	var empty Named
	fmt.Println(empty.Counter == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Inc()
}
