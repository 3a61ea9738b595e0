package main

import (
	"errors"
	"fmt"
	"os"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type List[T any] struct {
	head *node[T]
	size int
}
type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.v) {
				return
			}
			i++
		}
	}
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

type Shape interface {
	Area() float64
	Perimeter() float64
}
type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Named struct {
	Rect
	Name string
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

var ErrX = errors.New("x failed")

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.String())
	fmt.Printf("%v %+v %T\n", p, p, p)
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	v, ok := s.Pop()
	fmt.Println(v, ok, len(s.items))
	var l List[MyInt]
	l.Add(1)
	l.Add(2)
	l.Add(3)
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Println(i, v)
	}
	var sh Shape = Named{Rect{2, 3}, "r"}
	fmt.Println(sh.Area(), sh.Perimeter())
	fmt.Println(Max(3, 7), Max("a", "b"))
	fmt.Println(Keys(map[string]int{"a": 1}))
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Fprintln(os.Stderr, "to stderr")
	err := fmt.Errorf("wrap: %w", ErrX)
	fmt.Println(err, err != nil)
	funcs := []func() int{}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	area := Rect.Area
	fmt.Println(area(Rect{4, 5}))
	pf := (*Stack[string]).Push
	pf(&s, "z")
	fmt.Println(s.items)
	mv := sh.Area
	fmt.Println(mv())
	x := MyInt(5)
	var st fmt.Stringer = x
	fmt.Println(st, x)
	switch y := any(x).(type) {
	case fmt.Stringer:
		fmt.Println("stringer", y)
	default:
		fmt.Println("other")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println("i", i)
}
