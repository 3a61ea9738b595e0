// math's trigonometric and hyperbolic functions at exact and ordinary points (the pure
// Go implementations on amd64).
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, math.Pi / 6, math.Pi / 4, math.Pi / 2, math.Pi, 1, -2.5, 100} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
	s, c := math.Sincos(1)
	fmt.Println(s, c)
	fmt.Println(math.Asin(1), math.Acos(0.5), math.Atan(1), math.Atan2(1, -1), math.Atan2(-0.0, -1))
	fmt.Println(math.Asin(2), math.Sin(math.Inf(1)), math.Atan(math.Inf(1)))
	fmt.Println(math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	fmt.Printf("%.12f %.12f %.12f\n", math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
}
