// %v prints every kind in its default format: numbers, strings, composites, nested
// values, and the same value with %v and Println agree.
package main

import "fmt"

type point struct {
	X, Y int
}

type named int

func main() {
	fmt.Printf("%v %v %v %v\n", true, 42, -7, uint8(200))
	fmt.Printf("%v %v %v %v\n", 3.5, float32(2.25), 1e6, 123456.0)
	fmt.Printf("%v %v\n", 2+3i, complex64(-1i))
	fmt.Printf("%v|%v\n", "text", "")
	fmt.Printf("%v %v %v\n", []int{1, 2, 3}, [3]bool{true}, []string{"a", "b c"})
	fmt.Printf("%v %v\n", map[int]string{2: "b", 1: "a"}, map[string][]int{"x": {1}})
	fmt.Printf("%v %v\n", point{1, 2}, []point{{3, 4}, {5, 6}})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v %v\n", named(5), []named{1, 2})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil, {}})
	fmt.Printf("%v\n", map[point]string{{1, 2}: "a", {0, 9}: "b"})
	fmt.Printf("%v\n", []any{1, "a", nil, 2.5, []int{7}})
	fmt.Printf("%v %v\n", 'x', byte('x'))
	fmt.Printf("%v\n", struct {
		A []int
		M map[string]bool
		P point
	}{[]int{1}, map[string]bool{"t": true}, point{7, 8}})
}
