// math's exponential and logarithm family: Exp, Exp2, Expm1, Log, Log2, Log10, Log1p,
// Pow, Pow10 (gc uses amd64 assembly for Exp and Log; see the suite README).
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 1, 2, 0.5, 10, -1, 1e-10, 700} {
		fmt.Println(x, math.Exp(x), math.Exp2(x), math.Expm1(x))
	}
	for _, x := range []float64{1, 2, 8, 10, 1000, 0.1, math.E, 1e-300} {
		fmt.Println(x, math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
	}
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(math.Inf(-1)), math.Exp(1000))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-2, 3))
	fmt.Println(math.Pow(1, math.NaN()), math.Pow(math.NaN(), 0), math.Pow(10, -2), math.Pow(1.5, 2.5))
	fmt.Println(math.Pow10(3), math.Pow10(-2), math.Pow10(400), math.Pow10(-400))
	fmt.Println(math.Gamma(5), math.Gamma(0.5), math.Erf(0.5), math.Erfc(0.5))
	lg, sign := math.Lgamma(-2.5)
	fmt.Println(lg, sign)
}
