// A recursive generic type Tree[T] (binary search tree) with methods that
// call themselves recursively and a generic in-order walk via callbacks.
package main

import "fmt"

type Ordered interface{ ~int | ~string | ~float64 }

type Tree[T Ordered] struct {
	root *tnode[T]
	n    int
}

type tnode[T Ordered] struct {
	v           T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case v < (*p).v:
			p = &(*p).left
		case v > (*p).v:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &tnode[T]{v: v}
	t.n++
	return true
}

func (n *tnode[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.v)
	n.right.walk(f)
}

func (n *tnode[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (t *Tree[T]) Sorted() []T {
	var out []T
	t.root.walk(func(v T) { out = append(out, v) })
	return out
}

func main() {
	var ti Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		ti.Insert(v)
	}
	fmt.Println(ti.Sorted(), ti.n, ti.root.height())
	ts := &Tree[string]{}
	for _, w := range []string{"m", "c", "x", "a"} {
		ts.Insert(w)
	}
	fmt.Println(ts.Sorted(), ts.Insert("c"))
}
