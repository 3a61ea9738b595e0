// float32 arithmetic rounds to single precision after each operation, unlike
// float64; constants are exact until converted.
package main

import "fmt"

func main() {
	var a32, b32 float32 = 0.1, 0.2
	var a64, b64 float64 = 0.1, 0.2
	fmt.Println(a32+b32, a64+b64, a64+b64 == 0.3, 0.1+0.2 == 0.3)
	var acc32 float32
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc32 += 0.1
		acc64 += 0.1
	}
	fmt.Println(acc32, acc64)
	var big32 float32 = 16777216
	fmt.Println(big32+1 == big32, big32+2)
	x := float32(1) / 3
	y := float64(1) / 3
	fmt.Println(x, y, float64(x) == y)
	fmt.Printf("%v %v %T %T\n", 1e100, big32*big32*big32*big32*big32*big32, x, y)
	const huge = 1e300 * 1e300 / 1e300 // exact constant arithmetic
	fmt.Println(huge)
	var n float64 = 1e308
	fmt.Println(n*10, -n*10)
}
