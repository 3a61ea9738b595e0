// Inference details (Go 1.21): untyped constant arguments pick the "largest"
// default kind, generic functions passed as arguments are instantiated by context.
package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Double[T int | float64 | string](v T) T { return v + v }

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func Apply[T any](v T, f func(T) T) T { return f(v) }

type Celsius float64

func Twice[T ~float64](v T) T { return v * 2 }

func main() {
	m := Max(1, 2.5) // untyped 1 and 2.5: T is float64
	fmt.Printf("%T %v\n", m, m)
	k := Max(3, 4) // both untyped integer constants: T is int
	fmt.Printf("%T %v\n", k, k)
	fmt.Println(Map([]int{1, 2}, Double[int]))
	fmt.Println(Map([]string{"a", "b"}, Double)) // Double inferred as Double[string]
	fmt.Println(Apply(1.5, Double))
	c := Twice(Celsius(20))
	fmt.Printf("%T %v\n", c, c)
}
