// Every comparable key kind works in maps: bool, ints, floats, complex,
// strings, pointers, channels, interfaces, structs and arrays.
package main

import "fmt"

type Key struct {
	A int
	B string
}

func main() {
	mb := map[bool]string{true: "yes", false: "no"}
	mi8 := map[int8]int{-1: 1, 127: 2}
	mu64 := map[uint64]int{1 << 63: 1}
	mf := map[float64]string{0.5: "half", -0.0: "zero"}
	mc := map[complex128]int{1 + 2i: 3}
	ms := map[string]int{"": 0, "x": 1}
	fmt.Println(mb[true], mi8[-1], mu64[1<<63], mf[0], mf[0.5], mc[1+2i], ms["x"])
	x, y := 1, 1
	mp := map[*int]string{&x: "x", &y: "y"}
	fmt.Println(len(mp), mp[&x], mp[&y])
	c1 := make(chan int)
	c2 := make(chan int)
	mch := map[chan int]int{c1: 1, c2: 2}
	fmt.Println(mch[c1], mch[c2], len(mch))
	mi := map[any]string{1: "int", int64(1): "int64", "1": "string", 1.0: "float", Key{1, "a"}: "struct", [2]int{1, 1}: "array", nil: "nil"}
	fmt.Println(len(mi), mi[1], mi[int64(1)], mi["1"], mi[1.0], mi[Key{1, "a"}], mi[[2]int{1, 1}], mi[nil])
	mst := map[Key]int{{1, "a"}: 1, {1, "b"}: 2}
	mst[Key{1, "a"}] += 10
	fmt.Println(mst)
	ma := map[[3]string]int{{"a", "b", "c"}: 1}
	fmt.Println(ma[[3]string{"a", "b", "c"}], ma[[3]string{"a", "b"}])
	type E struct{}
	me := map[E]int{}
	me[E{}]++
	me[E{}]++
	fmt.Println(me)
	var er error
	merr := map[error]int{er: 5}
	fmt.Println(merr[nil])
}
