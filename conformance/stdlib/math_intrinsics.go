// math: Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Abs, Copysign, FMA and the
// Float64bits family give gc's exact bits on ±0, ±Inf, NaN payloads, subnormals and
// halfway cases, whether called directly or through a func value.
package main

import (
	"fmt"
	"math"
)

var inputs = []uint64{
	0x0000000000000000, // +0
	0x8000000000000000, // -0
	0x3ff0000000000000, // 1
	0xbff0000000000000, // -1
	0x3fe0000000000000, // 0.5
	0xbfe0000000000000, // -0.5
	0x3ff8000000000000, // 1.5
	0x4004000000000000, // 2.5
	0xc004000000000000, // -2.5
	0x4330000000000001, // 2^52+1
	0x433fffffffffffff, // 2^53-1
	0x3fefffffffffffff, // largest below 1
	0x7fefffffffffffff, // MaxFloat64
	0x0000000000000001, // smallest subnormal
	0x000fffffffffffff, // largest subnormal
	0x800fffffffffffff, // negative subnormal
	0x7ff0000000000000, // +Inf
	0xfff0000000000000, // -Inf
	0x7ff8000000000000, // NaN
	0x7ff8000000000123, // NaN with a payload
	0xfff8000000000456, // negative NaN with a payload
	0x4000000000000000, // 2
	0x4010000000000000, // 4
	0x40c3880000000000, // 10000
}

type unary struct {
	name string
	f    func(float64) float64
}

func main() {
	direct := []unary{
		{"Sqrt", func(x float64) float64 { return math.Sqrt(x) }},
		{"Floor", func(x float64) float64 { return math.Floor(x) }},
		{"Ceil", func(x float64) float64 { return math.Ceil(x) }},
		{"Trunc", func(x float64) float64 { return math.Trunc(x) }},
		{"Round", func(x float64) float64 { return math.Round(x) }},
		{"RoundToEven", func(x float64) float64 { return math.RoundToEven(x) }},
		{"Abs", func(x float64) float64 { return math.Abs(x) }},
		{"Copysign-", func(x float64) float64 { return math.Copysign(x, -1) }},
		{"Copysign+", func(x float64) float64 { return math.Copysign(x, math.Float64frombits(0x7ff8000000000000)) }},
	}
	values := []unary{
		{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
		{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Abs", math.Abs},
	}
	for _, u := range direct {
		fmt.Printf("%-12s", u.name)
		for _, in := range inputs {
			fmt.Printf(" %x", math.Float64bits(u.f(math.Float64frombits(in))))
		}
		fmt.Println()
	}
	for _, u := range values {
		fmt.Printf("value %-12s", u.name)
		for _, in := range inputs {
			fmt.Printf(" %x", math.Float64bits(u.f(math.Float64frombits(in))))
		}
		fmt.Println()
	}
	// FMA: one rounding of x*y+z, where the separate operations round twice.
	fma := math.FMA
	for i, x := range inputs {
		y := math.Float64frombits(inputs[(i+3)%len(inputs)])
		z := math.Float64frombits(inputs[(i+7)%len(inputs)])
		xf := math.Float64frombits(x)
		fmt.Printf("FMA %x %x\n", math.Float64bits(math.FMA(xf, y, z)), math.Float64bits(fma(xf, y, z)))
	}
	a, b := 1+0x1p-52, 1-0x1p-53
	fmt.Println(math.FMA(a, b, -1), a*b-1)
	fmt.Println(math.Float64bits(math.FMA(0x1p-1022, 0x1p-30, 0)), math.Float64bits(math.FMA(-0x1p1000, 0x1p100, 0)))
	// Float32 bits round-trip subnormals, NaN payloads and -0 unchanged.
	for _, u := range []uint32{0, 0x80000000, 1, 0x007fffff, 0x7f800000, 0x7fc00123, 0xffc00456, 0x3f800000} {
		f := math.Float32frombits(u)
		fmt.Printf("%08x %x %g\n", math.Float32bits(f), math.Float64bits(float64(f)), f)
	}
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(math.Abs(math.Copysign(0, -1))))
}
