// A generic named slice type Vec[T Number] with value-receiver methods that
// use arithmetic on T; results differ per type argument (integer vs float division).
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) Mean() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s / T(len(v))
}

func main() {
	vi := Vec[int]{1, 2, 3}
	vf := Vec[float64]{1, 2, 4}
	fmt.Println(vi.Dot(vi), vf.Dot(vf))
	fmt.Println(vi.Scale(2), vf.Scale(0.5))
	fmt.Println(vi.Mean(), vf.Mean(), Vec[int]{1, 2}.Mean())
	fmt.Printf("%T %T\n", vi, vf.Scale(1))
}
