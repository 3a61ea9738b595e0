// runtime/cgo's Go API without C code: Handle round trips any value, and a struct
// holding cgo.Incomplete (not-in-heap) is used through pointers to a static variable.
package main

import (
	"fmt"
	"runtime/cgo"
)

type opaque struct {
	_ cgo.Incomplete
	n int
}

var static = opaque{n: 42}

type holder struct {
	p *opaque
}

func (h holder) get() int { return h.p.n }

type getter interface{ get() int }

func main() {
	h := cgo.NewHandle("a string")
	h2 := cgo.NewHandle([]int{1, 2, 3})
	fmt.Println(h != h2, h.Value(), h2.Value())
	h.Delete()
	h2.Delete()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		h.Value()
	}()

	var g getter = holder{&static}
	fmt.Println(g.get())
	static.n++
	fmt.Println(g.get(), static.n)
}
