// A generic Set[T comparable] defined on a map type, with methods that return
// new sets (union, intersection) and deterministic output via a sorted view.
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		out.Add(v)
	}
	for v := range o {
		out.Add(v)
	}
	return out
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Sorted[T ~int | ~string](s Set[T]) []T {
	var out []T
	for v := range s {
		out = append(out, v)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func main() {
	a := NewSet(1, 2, 3, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(a.Len(), Sorted(a.Union(b)), Sorted(a.Intersect(b)))
	fmt.Println(a.Has(2), b.Has(2))
	words := NewSet("go", "c", "go")
	fmt.Println(Sorted(words), words) // fmt prints maps sorted
	fmt.Printf("%T\n", words)
}
