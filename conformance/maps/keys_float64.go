// Float keys compare by value: nearby values are distinct, infinities are ordinary keys,
// and float32 and float64 maps behave the same way.
package main

import "fmt"

func main() {
	m := map[float64]string{}
	m[1.0] = "one"
	m[1.0000000000000002] = "next"
	a, b := 0.1, 0.2
	m[a+b] = "sum"       // 0.30000000000000004 at run time
	m[0.1+0.2] = "const" // exact constant arithmetic: 0.3
	inf := 1e308
	inf *= 10
	m[inf] = "+inf"
	m[-inf] = "-inf"
	m[5e-324] = "tiny"
	fmt.Println(len(m))
	fmt.Println(m[1], m[1.0000000000000002], m[0.30000000000000004], m[0.3], m[a+b] == m[0.1+0.2], m[inf], m[-inf], m[5e-324])
	fmt.Println(m)
	m[inf] = "inf again"
	fmt.Println(len(m), m[inf])
	f32 := map[float32]int{}
	f32[1.5] = 1
	f32[float32(0.1)] = 2
	f32[16777216] = 3
	f32[16777217] = 4 // rounds to 16777216 in float32
	fmt.Println(len(f32), f32)
	x := 3.0
	m2 := map[float64]int{x: 1, x * 2: 2, x / 3: 3}
	fmt.Println(m2, m2[1.0], m2[6])
	m3 := map[float64]int{}
	for i := 0; i < 100; i++ {
		m3[float64(i)/8] = i
	}
	good := 0
	for i := 0; i < 100; i++ {
		if m3[float64(i)*0.125] == i {
			good++
		}
	}
	fmt.Println(len(m3), good)
}
