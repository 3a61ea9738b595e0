// var z T and *new(T) give the zero value of any type argument; a generic
// IsZero uses comparable ==, and zero results distinguish "not found".
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func Find[T any](s []T, pred func(T) bool) (T, bool) {
	for _, v := range s {
		if pred(v) {
			return v, true
		}
	}
	return *new(T), false
}

type S struct {
	A int
	B string
}

func main() {
	fmt.Printf("%v|%q|%v|%v|%v|%v\n", Zero[int](), Zero[string](), Zero[S](), Zero[[]int]() == nil, Zero[map[int]int]() == nil, Zero[error]() == nil)
	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero(S{}), IsZero(S{A: 1}), IsZero[*int](nil))
	v, ok := Find([]string{"a", "bb"}, func(s string) bool { return len(s) == 2 })
	fmt.Println(v, ok)
	w, ok := Find([]float64{1, 2}, func(f float64) bool { return f > 5 })
	fmt.Println(w, ok)
	fmt.Printf("%v %T\n", Zero[complex64](), Zero[any]())
}
