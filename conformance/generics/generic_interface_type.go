// Generic interface types (Source[T]) used as constraints and as ordinary
// interface types; implementations for different type arguments.
package main

import "fmt"

type Source[T any] interface {
	Next() (T, bool)
}

type sliceSrc[T any] struct {
	items []T
	pos   int
}

func (s *sliceSrc[T]) Next() (T, bool) {
	if s.pos >= len(s.items) {
		var z T
		return z, false
	}
	s.pos++
	return s.items[s.pos-1], true
}

type countdown struct{ n int }

func (c *countdown) Next() (int, bool) {
	if c.n == 0 {
		return 0, false
	}
	c.n--
	return c.n + 1, true
}

func Drain[T any](src Source[T]) []T {
	var out []T
	for v, ok := src.Next(); ok; v, ok = src.Next() {
		out = append(out, v)
	}
	return out
}

func DrainG[T any, S Source[T]](src S) int {
	n := 0
	for _, ok := src.Next(); ok; _, ok = src.Next() {
		n++
	}
	return n
}

func main() {
	fmt.Println(Drain[string](&sliceSrc[string]{items: []string{"x", "y"}}))
	fmt.Println(Drain[int](&countdown{3}))
	var src Source[int] = &countdown{5}
	fmt.Println(DrainG[int](src), DrainG[int](&sliceSrc[int]{items: []int{1}}))
	_, isSrc := any(&countdown{}).(Source[int])
	_, isStrSrc := any(&countdown{}).(Source[string])
	fmt.Println(isSrc, isStrSrc)
	fmt.Printf("%T\n", src)
}
