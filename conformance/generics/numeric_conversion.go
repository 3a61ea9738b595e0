// Conversions T(x) inside generic code follow the semantics of each type
// argument: truncation and wrapping for small ints, rounding for floats.
package main

import "fmt"

type Num interface {
	~int8 | ~uint8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Conv[T Num](x float64) T { return T(x) }

func FromInt[T Num](x int) T { return T(x) }

func Scale[T Num](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func Halve[T Num](x T) T { return x / 2 }

func main() {
	fmt.Println(Conv[int8](100.9), Conv[uint8](255.5), Conv[int64](-7.9), Conv[float32](0.1))
	fmt.Println(FromInt[int8](300), FromInt[uint8](-1), FromInt[int16](70000), FromInt[float64](1<<53+1))
	fmt.Println(Scale([]int8{50, 100}, 3), Scale([]float32{1.5}, 3))
	fmt.Println(Halve[int32](7), Halve[float64](7), Halve[int8](-7), Halve[uint8](255))
}
