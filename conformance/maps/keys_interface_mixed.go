// Interface keys compare dynamic type and value: 1, int64(1), 1.0, "1", uint8(1) and
// true are distinct keys, and nil is a key of its own.
package main

import "fmt"

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[1.0] = "float64"
	m["1"] = "string"
	m[uint8(1)] = "uint8"
	m[true] = "bool"
	m[nil] = "nil"
	m[float32(1)] = "float32"
	m[complex(1, 0)] = "complex128"
	m['1'] = "rune"
	fmt.Println(len(m))
	keys := []any{1, int64(1), 1.0, "1", uint8(1), true, nil, float32(1), complex(1, 0), '1', int32(49), int8(1), uint(1), false}
	for _, k := range keys {
		v, ok := m[k]
		fmt.Printf("%T %v -> %q %v\n", k, k, v, ok)
	}
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	type myInt int
	m[myInt(1)] = "myInt"
	fmt.Println(len(m), m[myInt(1)], m[1])
	delete(m, 1)
	_, ok := m[1]
	fmt.Println(len(m), ok, m[int64(1)])
	var x any = 42
	var y any = 42
	m2 := map[any]int{x: 1}
	m2[y]++
	fmt.Println(len(m2), m2[42])
}
