// Package container has generic types and functions used from other packages.
package container

import "cmp"

type Number interface {
	~int | ~int64 | ~float64
}

// Stack is a generic type with methods.
type Stack[T any] struct{ items []T }

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

func (s *Stack[T]) Len() int { return len(s.items) }

// Pair has two type parameters.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Map applies f to every element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Index builds a map from a slice, keyed by key(x).
func Index[K comparable, V any](xs []V, key func(V) K) map[K]Pair[K, V] {
	m := map[K]Pair[K, V]{}
	for _, x := range xs {
		m[key(x)] = Pair[K, V]{key(x), x}
	}
	return m
}
