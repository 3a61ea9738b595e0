// Union constraints allow the operators common to all their types; the same
// generic code runs with ints, floats and strings, each with its own semantics.
package main

import "fmt"

type Number interface {
	int | int32 | uint8 | float32 | float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Avg[T Number](xs []T) T {
	return Sum(xs) / T(len(xs))
}

type Addable interface {
	int | float64 | string
}

func Add[T Addable](a, b T) T { return a + b }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Sum([]uint8{200, 100}), Sum([]int32{1 << 30, 1 << 30, 1 << 30}))
	fmt.Println(Avg([]int{1, 2}), Avg([]float64{1, 2}), Avg([]float32{1, 2, 2}))
	fmt.Println(Add(1, 2), Add(0.1, 0.2), Add("foo", "bar"))
}
