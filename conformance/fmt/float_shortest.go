// %v and Println print floats with the fewest digits that read back as the same value,
// in exponent form when the decimal exponent is below -4 or at least 6 (%g's shortest rule).
package main

import "fmt"

func main() {
	vals := []float64{0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e5, 123456, 1234567, 1e20, 1e21, 1e22,
		0.001, 0.0001, 0.00001, 0.000123, 3.0e-5, 1.5, 1.25, 1.125, 9007199254740993, 4.35, 0.7, 123.456}
	for _, v := range vals {
		fmt.Print(v, " ")
	}
	fmt.Println()
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*3, 1-0.9)
	f32 := []float32{0.1, 0.2, 1.0 / 3, 16777217, 3.4e38, 1e-10, 0.3}
	fmt.Println(f32)
	var x float32 = 0.1
	fmt.Println(float64(x), x)
	fmt.Println(1e6, 1e-6, 12345678.0, 0.000001234)
	fmt.Printf("%v %g %.3v\n", 1e6, 1e6, 123456.0)
	fmt.Println(float32(1e6), float32(1e7), float32(1e21))
}
