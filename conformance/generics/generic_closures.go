// Generic functions that return closures capturing values of a type
// parameter: memoization, counters per instantiation, and composed generic funcs.
package main

import "fmt"

func Memo[K comparable, V any](f func(K) V, calls *int) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		*calls++
		v := f(k)
		cache[k] = v
		return v
	}
}

func Accumulator[T int | float64 | string]() func(T) T {
	var total T
	return func(v T) T {
		total += v
		return total
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Repeat[T any](v T) func(int) []T {
	return func(n int) []T {
		out := make([]T, n)
		for i := range out {
			out[i] = v
		}
		return out
	}
}

func main() {
	calls := 0
	sq := Memo(func(n int) int { return n * n }, &calls)
	fmt.Println(sq(4), sq(4), sq(5), calls)
	ai := Accumulator[int]()
	as := Accumulator[string]()
	ai(5)
	as("a")
	fmt.Println(ai(10), as("b"), Accumulator[float64]()(0.5))
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 1.5 })
	fmt.Println(lenThenDouble("abcd"))
	fmt.Println(Repeat("go")(3), Repeat(7)(2))
}
