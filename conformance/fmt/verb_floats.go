// %e, %E, %f, %F, %g and %G format floats with default and explicit precision, and %v
// uses the shortest representation that round-trips.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 3.14159265358979, 1234567.891, 0.000012345, 1e21, 1e-300, 123456789}
	for _, v := range vals {
		fmt.Printf("%e | %E | %f | %F | %g | %G | %v\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0e %.2e %.10e\n", 12345.678, 12345.678, 12345.678)
	fmt.Printf("%.0f %.1f %.3f %.10f\n", 2.5, 0.05, 1.0005, 1.0/3)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3g %.10g %.1g %g %g\n", 1234567.0, 1234567.0, 0.15, 100000.0, 1000000.0)
	fmt.Printf("%g %g %g %g\n", 1e-4, 1e-5, 0.1+0.2, 2.0/3)
	fmt.Printf("%#g %#.3g %#e %#.0f\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%e %f %g %v\n", float32(0.1), float32(0.1), float32(0.1), float32(0.1))
	fmt.Printf("%v %v %v\n", float32(16777216), float32(3.4028235e38), float32(1e-45))
	fmt.Printf("%v %v %v\n", 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x %X %.2x\n", 1.0, 255.5, 3.0)
}
