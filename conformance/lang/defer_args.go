// Arguments of a deferred call, and the function value and method receiver,
// are evaluated at the defer statement; the call runs at function exit.
package main

import "fmt"

type T struct{ n int }

func (t T) Show(tag string) { fmt.Println(tag, t.n) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	t := T{1}
	defer t.Show("value receiver copied:")
	pt := &t
	defer func() { fmt.Println("closure sees t.n =", pt.n) }()
	t.n = 5
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	defer un(trace("a"))
	fmt.Println("body, x =", x)
}
