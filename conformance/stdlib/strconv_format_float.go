// strconv.FormatFloat with formats 'f', 'e', 'E', 'g', 'G', 'b', 'x', precisions -1
// (shortest) and fixed, bit sizes 32 and 64.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456.789, 0.1, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 3, 64),
			strconv.FormatFloat(v, 'E', 2, 64), strconv.FormatFloat(v, 'G', 4, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(1.0/3, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'g', 5, 64), strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(1e20, 'g', -1, 64))
}
