// Copying a map entry by entry creates an independent map; two maps are compared by
// hand (maps are only comparable to nil), including missing-versus-zero entries.
package main

import "fmt"

func copyMap(src map[string]int) map[string]int {
	dst := make(map[string]int, len(src))
	for k, v := range src {
		dst[k] = v
	}
	return dst
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, va := range a {
		vb, ok := b[k]
		if !ok || va != vb {
			return false
		}
	}
	return true
}

func main() {
	a := map[string]int{"x": 1, "y": 0, "z": 3}
	b := copyMap(a)
	fmt.Println(equal(a, b), a, b)
	b["x"] = 100
	fmt.Println(equal(a, b), a["x"], b["x"])
	b["x"] = 1
	delete(b, "y")
	b["w"] = 0
	fmt.Println(equal(a, b), len(a) == len(b))
	var n1, n2 map[string]int
	fmt.Println(equal(n1, n2), equal(n1, map[string]int{}), n1 == nil)
	c := copyMap(nil)
	fmt.Println(c == nil, len(c))
	c["new"] = 1
	fmt.Println(c)
}
