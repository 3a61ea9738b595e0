// println prints floats in gc's fixed exponent format (+1.000000e+000), including
// negative zero, NaN, infinities, float32 values and complex numbers.
package main

func main() {
	zero := 0.0
	println(1.0, -1.0, 0.0, -zero)
	println(123456789.0, 1e-7, 0.1, 2.5e10)
	println(0.9999999, 9.9999996, 5e-324, 1e100, 1.7976931348623157e308)
	println(zero/zero, 1/zero, -1/zero)
	println(float32(0.1), float32(16777216), float32(-3.5))
	println(complex(1, -2), complex(0, 0), complex64(complex(0.5, 1e10)))
	print(3.0, "|", -0.001, "\n")
	x := 1.0
	for i := 0; i < 5; i++ {
		x *= 7.3
		println(x)
	}
	println(1/3.0, 2/3.0)
}
