// NaN, +Inf, -Inf and negative zero under every float verb and flag: signs, padding
// (zero-padding is not applied to NaN and infinities), and inside composites.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	for _, v := range []float64{nan, inf, -inf, negz} {
		fmt.Printf("%v %e %f %g %E %G|%+v|% v|%8.2f|%-8v|%08.3f|%+08f|\n", v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(nan, inf, -inf, negz)
	fmt.Println(float32(nan), float32(inf), float32(negz))
	fmt.Println([]float64{nan, inf, negz, 0})
	fmt.Printf("%#v %#v %#v %#v\n", nan, inf, -inf, negz)
	fmt.Println(complex(nan, inf), complex(negz, -inf))
	fmt.Printf("%.2f %5.1f\n", complex(inf, nan), complex(negz, 1))
	fmt.Print(nan, inf, "\n")
	fmt.Println(map[float64]int{nan: 1, inf: 2, -inf: 3, 0: 4})
}
