// A generic singly linked list with a recursive generic node type, methods,
// and a generic free function operating on it.
package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) Slice() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func FromSlice[T any](s []T) *List[T] {
	l := &List[T]{}
	for i := len(s) - 1; i >= 0; i-- {
		l.PushFront(s[i])
	}
	return l
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	return FromSlice(mapSlice(l.Slice(), f))
}

func mapSlice[T, U any](s []T, f func(T) U) []U {
	var out []U
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(l.Slice(), l.size)
	l.Reverse()
	fmt.Println(l.Slice())
	sl := MapList(l, func(i int) string { return fmt.Sprint("#", i) })
	fmt.Printf("%q %T\n", sl.Slice(), sl)
	var empty List[float64]
	empty.Reverse()
	fmt.Println(empty.Slice() == nil, empty.size)
}
