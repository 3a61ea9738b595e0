// Type parameters constrained to function types (F ~func(T) T) can be
// called; named func types are accepted and preserved.
package main

import "fmt"

type Transform func(int) int

func (t Transform) Then(u Transform) Transform { return func(x int) int { return u(t(x)) } }

func Iterate[T any, F ~func(T) T](f F, x T, n int) T {
	for range n {
		x = f(x)
	}
	return x
}

func Chain[F ~func(int) int](fs ...F) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	double := Transform(func(x int) int { return x * 2 })
	inc := Transform(func(x int) int { return x + 1 })
	fmt.Println(Iterate(double, 1, 10), Iterate(double.Then(inc), 0, 3))
	fmt.Println(Iterate(func(s string) string { return s + "!" }, "hi", 3))
	fmt.Println(Chain(double, inc, double)(5), Chain[func(int) int]()(9))
}
