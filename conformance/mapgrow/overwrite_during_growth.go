// Overwriting existing keys while the map grows never changes len; float keys keep
// the latest spelling of zero (-0 or +0) across growth.
package main

import "fmt"

func main() {
	m := map[int]int{}
	bad := 0
	for i := 0; i < 10000; i++ {
		m[i] = i
		m[i/2] = -(i / 2)
		m[i/3]++
		if len(m) != i+1 {
			bad++
		}
	}
	fmt.Println(len(m), bad)
	negz := 0.0
	negz = -negz
	f := map[float64]string{0: "plus"}
	for i := 1; i < 3000; i++ {
		f[float64(i)] = "n"
		if i == 1500 {
			f[negz] = "minus"
		}
	}
	for k, v := range f {
		if k == 0 {
			fmt.Println(v, 1/k < 0, len(f))
		}
	}
	im := map[any]int{}
	for i := 0; i < 2000; i++ {
		im[i] = i
		im[fmt.Sprint(i)] = i
		im[float64(i)] = i
	}
	fmt.Println(len(im), im[1999], im["1999"], im[1999.0])
}
