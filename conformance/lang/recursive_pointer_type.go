// Pointer types defined through themselves (type P *P, and A *B with B *A) hold,
// dereference, compare and print like any pointer.
package main

import "fmt"

type P *P

type A *B
type B *A

func chain(n int) P {
	var p P
	for i := 0; i < n; i++ {
		q := new(P)
		*q = p
		p = P(q)
	}
	return p
}

func length(p P) int {
	n := 0
	for p != nil {
		p = *p
		n++
	}
	return n
}

func main() {
	p := chain(5)
	fmt.Println(length(p), length(*p), length(**p))
	var self P
	self = P(&self)
	fmt.Println(*self == self, **self == self)

	var a A
	var b B = B(&a)
	a = A(&b)
	fmt.Println(*a == b, *b == a, **a == a)
	fmt.Printf("%T %T %T\n", p, a, b)
	var x interface{} = p
	_, ok := x.(P)
	fmt.Println(ok)
}
