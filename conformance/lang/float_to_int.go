// Converting a float to an integer type truncates toward zero; converting
// integers to floats rounds to the nearest representable value.
package main

import "fmt"

func main() {
	fs := []float64{0.0, 0.9, 1.5, 2.5, -0.9, -1.5, -2.5, 1e9 + 0.75, -123456.999}
	for _, f := range fs {
		fmt.Println(f, int(f), int32(f), int64(f), int8(int(f)))
	}
	var f32 float32 = 16777217.0 // not representable: rounds to 16777216
	fmt.Println(f32, int32(f32))
	big := int64(1<<53 + 1)
	fmt.Println(float64(big) == float64(1<<53), int64(float64(big)))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	x := 7.99
	fmt.Println(uint8(x), uint16(x*100), int(-x))
}
