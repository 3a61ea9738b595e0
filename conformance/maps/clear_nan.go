// clear is the only way to remove NaN keys; deleting every key seen by range leaves
// the NaN entries behind.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]string{}
	for i := 0; i < 5; i++ {
		m[nan] = "nan"
		m[float64(i)] = "n"
	}
	fmt.Println(len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	clear(m)
	fmt.Println(len(m), m)
	m[nan] = "again"
	m[1] = "one"
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	im := map[any]int{nan: 1, 1: 2}
	im[nan] = 3
	fmt.Println(len(im))
	clear(im)
	fmt.Println(len(im))
	s := map[[2]float64]bool{{nan, 1}: true}
	s[[2]float64{nan, 1}] = true
	fmt.Println(len(s))
	clear(s)
	fmt.Println(len(s))
}
