// Indexing a map with a missing key yields the zero value of the element type,
// for every kind of element type.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

type stringer interface{ String() string }

func main() {
	fmt.Println(map[int]int8{}[1], map[int]int16{}[1], map[int]int32{}[1], map[int]int64{}[1], map[int]int{}[1])
	fmt.Println(map[int]uint8{}[1], map[int]uint16{}[1], map[int]uint32{}[1], map[int]uint64{}[1], map[int]uint{}[1], map[int]uintptr{}[1])
	fmt.Println(map[int]float32{}[1], map[int]float64{}[1], map[int]complex64{}[1], map[int]complex128{}[1])
	fmt.Printf("%q %v\n", map[int]string{}[1], map[int]bool{}[1])
	fmt.Println(map[int]*int{}[1] == nil, map[int][]int{}[1] == nil, map[int]map[int]int{}[1] == nil)
	fmt.Println(map[int]chan int{}[1] == nil, map[int]func(){}[1] == nil)
	fmt.Println(map[int]any{}[1] == nil, map[int]error{}[1] == nil, map[int]stringer{}[1] == nil)
	fmt.Printf("%+v\n", map[int]point{}[1])
	fmt.Println(map[int][3]float64{}[1], map[int][0]int{}[1], map[int]struct{}{}[1])
	fmt.Println(map[string][200]byte{}["x"] == [200]byte{})
	fmt.Println(len(map[int][]int{}[1]), len(map[int]map[int]int{}[1]), len(map[int]string{}[7]))
	var r rune = map[bool]rune{}[true]
	var b byte = map[bool]byte{}[false]
	fmt.Println(r, b)
	// the zero value is a fresh value: using it does not insert anything
	m := map[string][]int{}
	s := m["a"]
	s = append(s, 1)
	fmt.Println(s, len(m), m["a"] == nil)
	inner := map[string]map[string]int{}
	fmt.Println(inner["x"]["y"], len(inner))
}
