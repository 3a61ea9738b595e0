// Frames of generic functions and methods of generic types print their type
// arguments as [...], closures inside them included.
package main

type Stack[T any] struct{ items []T }

//go:noinline
func (s *Stack[T]) Pop() T {
	top := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return top
}

//go:noinline
func Apply[T any](s *Stack[T], f func(T)) {
	func() {
		f(s.Pop())
	}()
}

func main() {
	s := &Stack[int]{items: []int{1}}
	Apply(s, func(v int) { println("got", v) })
	Apply(s, func(v int) { println("got", v) })
}
