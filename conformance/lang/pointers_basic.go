// Pointers: new(T) gives a pointer to a zero T, &x aliases x, pointers to
// struct fields and array/slice elements, pointer to pointer, and nil comparison.
package main

import "fmt"

type T struct {
	A int
	B [3]int
}

func set(p *int, v int) { *p = v }

func main() {
	p := new(int)
	fmt.Println(*p, p != nil)
	*p = 5
	x := 1
	q := &x
	*q += 10
	set(&x, *q*2)
	fmt.Println(*p, x)
	t := T{}
	pa := &t.A
	pb := &t.B[1]
	*pa = 7
	*pb = 8
	fmt.Println(t)
	pt := &t
	pt.A++ // auto-dereference
	(*pt).B[2] = 9
	fmt.Println(t, pt.A)
	s := []int{1, 2, 3}
	pe := &s[2]
	*pe = 30
	fmt.Println(s)
	pp := &q
	**pp = 100
	fmt.Println(x, *q == x, q == &x, p == q)
	var nilp *T
	fmt.Println(nilp == nil)
	ps := new([]string)
	*ps = append(*ps, "a")
	fmt.Println(*ps, len(*ps))
	// escaping local: each call returns a distinct variable
	mk := func(v int) *int { return &v }
	a, b := mk(1), mk(1)
	fmt.Println(a == b, *a == *b)
}
