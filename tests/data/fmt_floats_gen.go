//go:build ignore

// fmt_floats_gen.go writes fmt_floats.txt, the float-formatting oracle used
// by tests/check_fmt_float.c. Run it with the oracle toolchain:
//
//	GOTOOLCHAIN=local /usr/lib/go-1.23/bin/go run tests/data/fmt_floats_gen.go > tests/data/fmt_floats.txt
//
// Each line: bitsize, the value's IEEE bits in hex, then one field per
// format of `formats` (tab-separated), as Go 1.23's fmt.Sprintf prints them.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

var formats = []string{"%v", "%e", "%.3e", "%g", "%.5g", "%.2f", "%+.10g", "%#v", "%b", "%x", "%.3x", "%#g", "%08.3e", "%.17g", "%.20e"}

func main() {
	r := rand.New(rand.NewSource(1))
	var f64 []float64
	var f32 []float32
	add := func(v float64) { f64 = append(f64, v, -v) }
	for _, v := range []float64{0, 1, 0.1, 0.5, 1.5, 2.5, 100000, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1.23456789e-7,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Pi, math.E, 1 / 3.0, 2.0 / 3,
		0.125, 0.375, 9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 1e23, 5e-324, 9007199254740993, 4503599627370497.5} {
		add(v)
	}
	for e := -1074; e <= 1023; e += 7 {
		add(math.Ldexp(1, e))
	}
	for e := -320; e <= 308; e += 3 {
		add(math.Pow(10, float64(e)))
	}
	for i := 0; i < 900; i++ {
		add(math.Float64frombits(r.Uint64() &^ (1 << 63)))
	}
	for i := 0; i < 300; i++ {
		// short decimals: d.ddd × 10^k
		add(float64(r.Intn(100000)) * math.Pow(10, float64(r.Intn(40)-20)))
	}
	for i := 0; i < 200; i++ {
		add(float64(r.Int63n(1 << 53)))
	}
	for _, v := range []float32{0.1, 0.2, 0.3, 1.0 / 3, 16777216, 16777217, math.MaxFloat32, math.SmallestNonzeroFloat32, 1e-10, 3.4e38} {
		f32 = append(f32, v, -v)
	}
	for e := -149; e <= 127; e += 3 {
		f32 = append(f32, float32(math.Ldexp(1, e)))
	}
	for i := 0; i < 600; i++ {
		f32 = append(f32, math.Float32frombits(r.Uint32()&^(1<<31)))
	}
	line := func(size int, bits uint64, v any) {
		out := []string{fmt.Sprint(size), fmt.Sprintf("%x", bits)}
		for _, f := range formats {
			s := fmt.Sprintf(f, v)
			if strings.ContainsAny(s, "\t\n") {
				panic(s)
			}
			out = append(out, s)
		}
		fmt.Println(strings.Join(out, "\t"))
	}
	fmt.Println(strings.Join(formats, "\t"))
	for _, v := range f64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		line(64, math.Float64bits(v), v)
	}
	for _, v := range f32 {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			continue
		}
		line(32, uint64(math.Float32bits(v)), v)
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1)} {
		line(64, math.Float64bits(v), v)
		line(32, uint64(math.Float32bits(float32(v))), float32(v))
	}
}
