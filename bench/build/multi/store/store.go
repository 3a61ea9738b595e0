// Package store: generic containers (an ordered map, a queue, a set, an LRU).
package store

import (
	"cmp"
	"slices"
)

// Ordered is a map that iterates in key order.
type Ordered[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrdered[K cmp.Ordered, V any]() *Ordered[K, V] {
	return &Ordered[K, V]{vals: map[K]V{}}
}

func (o *Ordered[K, V]) Put(k K, v V) {
	if _, ok := o.vals[k]; !ok {
		i, _ := slices.BinarySearch(o.keys, k)
		o.keys = slices.Insert(o.keys, i, k)
	}
	o.vals[k] = v
}

func (o *Ordered[K, V]) Get(k K) (V, bool) { v, ok := o.vals[k]; return v, ok }

func (o *Ordered[K, V]) Delete(k K) {
	if _, ok := o.vals[k]; ok {
		delete(o.vals, k)
		i, _ := slices.BinarySearch(o.keys, k)
		o.keys = slices.Delete(o.keys, i, i+1)
	}
}

func (o *Ordered[K, V]) Len() int { return len(o.keys) }

func (o *Ordered[K, V]) Each(f func(K, V) bool) {
	for _, k := range o.keys {
		if !f(k, o.vals[k]) {
			return
		}
	}
}

// Queue is a FIFO ring.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func (q *Queue[T]) Push(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }

// Set is a set of comparable values.
type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func SetOf[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

// LRU is a least-recently-used cache of fixed capacity.
type LRU[K comparable, V any] struct {
	cap   int
	order []K
	vals  map[K]V
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] { return &LRU[K, V]{cap: n, vals: map[K]V{}} }

func (c *LRU[K, V]) touch(k K) {
	for i, x := range c.order {
		if x == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *LRU[K, V]) Put(k K, v V) {
	if _, ok := c.vals[k]; !ok && len(c.order) == c.cap {
		delete(c.vals, c.order[0])
		c.order = c.order[1:]
	}
	c.vals[k] = v
	c.touch(k)
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	v, ok := c.vals[k]
	if ok {
		c.touch(k)
	}
	return v, ok
}

// MapSlice applies f to each element.
func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// Filter keeps the elements f accepts.
func Filter[T any](xs []T, f func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return out
}

// Reduce folds xs with f.
func Reduce[T, A any](xs []T, a A, f func(A, T) A) A {
	for _, x := range xs {
		a = f(a, x)
	}
	return a
}
