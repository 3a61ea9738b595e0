// Explicit instantiation f[T]: needed when T cannot be inferred, partial
// type argument lists, and instantiated generic functions used as values.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From ~int | ~float64](v From) To { return To(v) }

func Make[T any](n int) []T { return make([]T, n) }

func Apply[T any](f func(T) T, v T) T { return f(v) }

func Double[T ~int | ~float64](v T) T { return v * 2 }

func main() {
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[2]bool]())
	fmt.Println(Convert[int](3.9), Convert[float64, int](7))
	fmt.Printf("%T %d\n", Make[byte](3), len(Make[struct{}](4)))
	f := Double[float64] // function value of an instantiation
	fmt.Printf("%T %v\n", f, f(1.25))
	fmt.Println(Apply(Double[int], 21))
	fns := []func(int) int{Double[int], func(x int) int { return -x }}
	for _, g := range fns {
		fmt.Print(Apply(g, 5), " ")
	}
	fmt.Println()
}
