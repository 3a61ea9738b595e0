// A user-written Ordered constraint with generic Min/Max/Clamp; they agree
// with the builtins min and max, including for strings and named types.
package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func Min[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v < m {
			m = v
		}
	}
	return m
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Clamp[T Ordered](v, lo, hi T) T { return Max(lo, Min(v, hi)) }

func BuiltinMin[T Ordered](a, b T) T { return min(a, b) }

type Score uint16

func main() {
	fmt.Println(Min(3, 1, 2), Max(3, 1, 2), min(3, 1, 2), max(3, 1, 2))
	fmt.Println(Min("pear", "apple", "fig"), Max("pear", "apple", "fig"))
	fmt.Println(Clamp(15, 0, 10), Clamp(-5, 0, 10), Clamp(5.5, 0, 10))
	fmt.Println(Max(Score(7), 65535, 9), BuiltinMin[Score](3, 2))
	fmt.Println(Min[int8](-128, 127), Max[float32](1.5, 2.25))
	fmt.Println(BuiltinMin("b", "a"), BuiltinMin(2.5, -1.5))
}
