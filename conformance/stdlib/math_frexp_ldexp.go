// math.Frexp, Ldexp, Modf, Ilogb, Logb and Float64 decomposition on normal, subnormal
// and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{8, 0.3, -5.5, 1e-310, 0, math.Inf(1)} {
		frac, exp := math.Frexp(x)
		fmt.Println(x, frac, exp, math.Ldexp(frac, exp) == x)
	}
	fmt.Println(math.Ldexp(1, 1023), math.Ldexp(1, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075))
	for _, x := range []float64{3.75, -3.75, 5, math.Inf(-1)} {
		i, f := math.Modf(x)
		fmt.Println(x, i, f)
	}
	fmt.Println(math.Ilogb(8), math.Ilogb(0.1), math.Ilogb(0), math.Ilogb(math.Inf(1)))
	fmt.Println(math.Logb(8), math.Logb(0.1), math.Logb(0))
}
