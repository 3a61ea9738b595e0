// maps.Clone, Copy, Equal, EqualFunc, DeleteFunc.
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["a"] = 100
	fmt.Println(m, c, maps.Equal(m, c))
	c["a"] = 1
	fmt.Println(maps.Equal(m, c))
	var nilm map[string]int
	fmt.Println(maps.Clone(nilm) == nil, maps.Equal(nilm, map[string]int{}))
	dst := map[string]int{"a": 0, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(dst)
	upper := map[string]string{"x": "X", "y": "Y"}
	lower := map[string]string{"x": "x", "y": "y"}
	fmt.Println(maps.EqualFunc(upper, lower, func(a, b string) bool { return strings.EqualFold(a, b) }))
}
