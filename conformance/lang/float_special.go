// IEEE special values: NaN is unequal to itself and unordered, ±Inf compare as
// expected, and -0 == +0 while 1/-0 is -Inf.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	negz := -zero
	fmt.Println(nan, inf, ninf, negz)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf, inf-inf)
	fmt.Println(negz == 0, 1/negz, 1/zero)
	fmt.Println(inf*0, -inf, nan+1)
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan) == float32(nan))
	x := nan
	fmt.Println(x != x)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
}
