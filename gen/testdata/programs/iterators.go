package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func (t *Tree[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) { t.Walk(yield) }
}

func Equal[T comparable](a, b T) bool { return a == b }

type Number interface{ ~int | ~float64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func findFirst(limit int) (res int, found bool) {
	defer func() { res *= 10 }()
	for x := range Count(100) {
		for y := range Count(100) {
			if x*y > limit {
				return x + y, true
			}
		}
	}
	return -1, false
}

func deferInRange() {
	for i := range Count(3) {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("end of deferInRange")
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, len(evens), cap(evens))
	fmt.Println(Reduce([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
	s := NewSet[string]()
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
		if v == 8 {
			break
		}
	}
	fmt.Println()
	var st *Tree[string]
	st = st.Insert("m").Insert("a").Insert("z")
	for v := range st.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal[any](1, 1), Equal[any](1, "1"))
	fmt.Println(SumMap(map[string]float64{"a": 1.5, "b": 2}))
	for k, v := range Pairs() {
		if k == "b" {
			continue
		}
		fmt.Println(k, v)
	}
	fmt.Println(findFirst(50))
	fmt.Println(findFirst(100000))
	deferInRange()
	o := Some("hi")
	v, ok := o.Get()
	fmt.Println(v, ok)
	fmt.Printf("%v %+v %T\n", o, o, o)
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("ij", i, j)
		}
	}
	total := 0
	for i := range 5 {
		total += i
	}
	fmt.Println(total)
}
