// A generic type Stack[T] with pointer-receiver methods; each instantiation is
// a distinct type, and a comma-ok Pop returns the zero value when empty.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var si Stack[int]
	for i := range 4 {
		si.Push(i * i)
	}
	fmt.Println(si.Len())
	for {
		v, ok := si.Pop()
		if !ok {
			fmt.Println("empty, zero =", v)
			break
		}
		fmt.Print(v, " ")
	}
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	fmt.Println(top, ss.Len())
	fmt.Printf("%T %T\n", si, ss)
	sp := Stack[*Stack[int]]{}
	sp.Push(&si)
	inner, _ := sp.Pop()
	inner.Push(99)
	fmt.Println(si.Len())
}
