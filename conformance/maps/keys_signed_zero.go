// +0 and -0 are the same float key; assigning with the other spelling keeps one entry
// and the stored key becomes the spelling used last (map[-0:2]).
package main

import "fmt"

func main() {
	negz := 0.0
	negz = -negz
	m := map[float64]int{}
	m[0.0] = 1
	m[negz] = 2
	fmt.Println(len(m), m[0], m[negz], m)
	for k := range m {
		fmt.Println(1/k < 0)
	}
	m[0.0] = 3
	fmt.Println(m)
	for k := range m {
		fmt.Println(1/k < 0)
	}
	delete(m, negz)
	fmt.Println(len(m))

	f := map[float32]string{}
	nz32 := float32(negz)
	f[nz32] = "neg"
	f[0] = "pos"
	fmt.Println(len(f), f)
	f[nz32] = "neg again"
	fmt.Println(f)

	c := map[complex128]int{}
	c[complex(0, 0)] = 1
	c[complex(negz, negz)] = 2
	fmt.Println(len(c), c)

	type s struct {
		x float64
		n string
	}
	sm := map[s]int{}
	sm[s{0, "a"}] = 1
	sm[s{negz, "a"}] = 2
	fmt.Println(len(sm), sm)

	am := map[[1]float64]int{{0}: 1}
	am[[1]float64{negz}] = 9
	fmt.Println(am)

	im := map[any]int{}
	im[0.0] = 1
	im[negz] = 2
	fmt.Println(len(im), im)
}
