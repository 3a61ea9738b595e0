// fmt prints maps with their keys sorted: numbers numerically (NaN first), strings
// bytewise, false before true, structs and arrays field by field, at every nesting level.
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	ints := map[int]string{}
	for _, k := range []int{10, -3, 7, 0, 100, -50, 2} {
		ints[k] = fmt.Sprint("v", k)
	}
	fmt.Println(ints)
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
	fmt.Println(map[string]int{"b": 1, "a": 2, "": 3, "B": 4, "ab": 5, "é": 6})
	zero := 0.0
	nan := zero / zero
	fmt.Println(map[float64]string{2.5: "x", -1: "y", nan: "n", 1 / zero: "inf", -1 / zero: "-inf"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[complex128]int{2 + 1i: 1, 1 + 2i: 2, 1 + 1i: 3})
	fmt.Println(map[string]map[int]bool{"z": {3: true, 1: false}, "a": {2: true}})
	fmt.Printf("%v\n%+v\n%#v\n", map[K]K{{1, "x"}: {2, "y"}}, map[K]K{{1, "x"}: {2, "y"}}, map[int]string{3: "c", 1: "a"})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[any]string{"b": "x", "a": "y"})
	fmt.Printf("%d %x\n", map[int]int{16: 255, 1: 10}, map[int]int{16: 255, 1: 10})
	big := map[int]int{}
	for i := 30; i > 0; i-- {
		big[i*7%31] = i
	}
	fmt.Println(big)
}
