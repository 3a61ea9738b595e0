package main

import "fmt"

func F[T any](x T) string {
	type pair struct {
		a T
		n int
	}
	p := pair{x, 1}
	return fmt.Sprintf("%v %T", p, p)
}

type Num interface{ ~int | ~float64 }

func Apply[T Num](xs []T, fs ...func(T) T) []T {
	out := append([]T(nil), xs...)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) *Box[T] { b.v = v; return b }
func (b Box[T]) Get() T           { return b.v }

func main() {
	fmt.Println(F(3), F("x"))
	fmt.Println(Apply([]int{1, 2}, func(i int) int { return i * 2 }, func(i int) int { return i + 1 }))
	var b Box[string]
	set := b.Set
	set("hello")
	get := Box[string].Get
	fmt.Println(get(b), b.Get())
}
