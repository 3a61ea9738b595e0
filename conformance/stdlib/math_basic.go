// math's exact functions: Abs, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Remainder,
// Sqrt, Cbrt, Max, Min, Dim, FMA on ordinary and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{2.5, -2.5, 3.5, -0.4, 0.5, 1e300, -7.0, math.Copysign(0, -1)}
	for _, x := range xs {
		fmt.Println(x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Remainder(7, 3), math.Remainder(-7, 3), math.Remainder(5, 2))
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1), math.Sqrt(math.Inf(1)))
	fmt.Println(math.Cbrt(27), math.Cbrt(-8), math.Cbrt(2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), 0))
	fmt.Println(math.Max(0, math.Copysign(0, -1)), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1))
	fmt.Println(math.Hypot(3, 4), math.Hypot(math.Inf(1), math.NaN()))
}
