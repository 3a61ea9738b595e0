// Generic functions with type-argument inference from ordinary arguments,
// including inference of several type parameters and from function arguments.
package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Identity[T any](v T) T { return v }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	strs := Map(nums, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Printf("%q %T\n", strs, strs)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	total := Reduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Printf("%v %T\n", total, total)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s + "," })
	fmt.Println(joined)
	fmt.Printf("%T %T %T\n", Identity(1), Identity("s"), Identity(2.5))
	lens := Map([]string{"a", "bcd", ""}, func(s string) int { return len(s) })
	fmt.Println(lens)
}
