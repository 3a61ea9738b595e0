// Array keys compare element by element: int, string and float arrays, nested arrays,
// and the zero-length array type, which has exactly one possible key.
package main

import "fmt"

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	m[[3]int{}] = "zero"
	k := [3]int{1, 2, 3}
	fmt.Println(len(m), m[k], m[[3]int{3, 2, 1}], m[[3]int{0, 0, 0}], m)
	k[0] = 9
	fmt.Println(m[k] == "", len(m))
	sm := map[[2]string]int{{"a", "b"}: 1, {"ab", ""}: 2, {"", "ab"}: 3}
	fmt.Println(len(sm), sm[[2]string{"a", "b"}], sm[[2]string{"ab", ""}], sm[[2]string{"", "ab"}], sm)
	z := map[[0]int]int{}
	z[[0]int{}] = 1
	z[[0]int{}] = 2
	fmt.Println(len(z), z)
	nested := map[[2][2]byte]int{}
	for i := 0; i < 16; i++ {
		nested[[2][2]byte{{byte(i & 1), byte(i >> 1 & 1)}, {byte(i >> 2 & 1), byte(i >> 3)}}] = i
	}
	good := 0
	for i := 0; i < 16; i++ {
		if nested[[2][2]byte{{byte(i & 1), byte(i >> 1 & 1)}, {byte(i >> 2 & 1), byte(i >> 3)}}] == i {
			good++
		}
	}
	fmt.Println(len(nested), good)
	fm := map[[2]float64]int{}
	negz := 0.0
	negz = -negz
	fm[[2]float64{0, 1}] = 1
	fm[[2]float64{negz, 1}] = 2
	fmt.Println(len(fm), fm)
	bm := map[[4]bool]int{{true}: 1, {false, true}: 2}
	fmt.Println(bm[[4]bool{true, false, false, false}], bm[[4]bool{false, true}], len(bm))
	am := map[[2]any]int{{1, "a"}: 1, {"a", 1}: 2, {int64(1), "a"}: 3}
	fmt.Println(len(am), am[[2]any{1, "a"}], am[[2]any{"a", 1}], am[[2]any{int64(1), "a"}])
}
