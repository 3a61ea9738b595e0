// math.Float64bits/Float64frombits/Float32bits/Float32frombits expose IEEE 754 bits;
// Nextafter steps to the adjacent representable value.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{1, -2, 0.1, math.Inf(1), math.Copysign(0, -1), math.SmallestNonzeroFloat64, math.MaxFloat64} {
		fmt.Printf("%v %#016x\n", f, math.Float64bits(f))
	}
	fmt.Printf("%#016x\n", math.Float64bits(math.NaN()))
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18), math.Float64frombits(0x8000_0000_0000_0001))
	fmt.Println(math.IsNaN(math.Float64frombits(0x7ff8000000000001)))
	fmt.Printf("%#08x %#08x\n", math.Float32bits(1.5), math.Float32bits(-0.1))
	fmt.Println(math.Float32frombits(0x3f800000), math.Float32frombits(0x7f7fffff))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, 1), math.Nextafter(1, 1))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(1, 0))
	fmt.Println(math.Nextafter(1, 2)-1 == 0x1p-52)
}
