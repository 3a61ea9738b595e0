// Float-to-int conversions of math results (Floor, Round, Trunc) and integer limits
// from math used in arithmetic.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(int(math.Floor(-2.5)), int(math.Round(2.5)), int64(math.Trunc(-9.99)))
	fmt.Println(int64(math.MaxInt32)+1, uint32(math.MaxUint32), int8(math.MinInt8))
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	fmt.Println(math.Abs(float64(math.MinInt64)), float64(math.MaxInt64))
	f := 1e15 + 0.3
	fmt.Println(int64(f), math.Round(f*10)/10)
	avg := func(xs ...float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	fmt.Printf("%.4f %.4f\n", avg(1, 2, 3, 4), math.Sqrt(avg(1, 4, 9)))
}
