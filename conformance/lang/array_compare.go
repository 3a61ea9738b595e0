// Arrays of comparable elements are comparable with == and !=, element by
// element, including arrays of arrays, strings, structs and interfaces.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	aa := [2][2]string{{"a", "b"}, {"c", "d"}}
	bb := aa
	fmt.Println(aa == bb)
	bb[1][1] = "D"
	fmt.Println(aa == bb, aa[1] == bb[1], aa[0] == bb[0])
	ps := [2]P{{1, 2}, {3, 4}}
	fmt.Println(ps == [2]P{{1, 2}, {3, 4}}, ps == [2]P{{1, 2}})
	is := [2]any{1, "x"}
	fmt.Println(is == [2]any{1, "x"}, is == [2]any{int64(1), "x"})
	var z [0]int
	fmt.Println(z == [0]int{})
	fs := [2]float64{0, 1}
	nan := 0.0
	nan = nan / nan
	gs := [2]float64{nan, 1}
	fmt.Println(fs == [2]float64{-0.0, 1}, gs == gs)
	// arrays as map keys
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
}
