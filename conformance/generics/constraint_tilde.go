// A ~T term in a constraint admits every type whose underlying type is T, so
// named types work; the result keeps the caller's named type.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Meters int
type Level int8

func (m Meters) String() string { return fmt.Sprintf("%dm", int(m)) }

func Abs[T Integer](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func SumAll[T Integer](vs ...T) T {
	var s T
	for _, v := range vs {
		s += v
	}
	return s
}

type StringLike interface{ ~string }

func Upper1[S StringLike](s S) S {
	if len(s) == 0 {
		return s
	}
	b := []byte(s)
	if b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 32
	}
	return S(b)
}

type Name string

func main() {
	fmt.Println(Abs(-5), Abs(Meters(-3)), Abs(Level(-128)))
	fmt.Printf("%T %v\n", SumAll(Meters(1), 2, 3), SumAll(Meters(1), 2, 3))
	fmt.Println(SumAll[Level](100, 27, 1)) // wraps in int8
	n := Upper1(Name("bob"))
	fmt.Printf("%T %v %v\n", n, n, Upper1("plain"))
}
