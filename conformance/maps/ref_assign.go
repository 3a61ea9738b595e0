// Assigning a map copies the reference: both variables, struct copies holding the map,
// and maps stored in slices all alias one underlying map.
package main

import "fmt"

type holder struct {
	name string
	m    map[int]string
}

func main() {
	a := map[int]string{1: "one"}
	b := a
	b[2] = "two"
	fmt.Println(len(a), a[2], a)
	delete(a, 1)
	fmt.Println(len(b), b)

	h1 := holder{"h1", a}
	h2 := h1
	h2.name = "h2"
	h2.m[3] = "three"
	fmt.Println(h1.name, h1.m)
	fmt.Println(h2.name, h2.m)

	list := []map[int]string{a, b}
	list[0][4] = "four"
	fmt.Println(list[1][4], len(a), len(b))

	b = map[int]string{9: "nine"}
	fmt.Println(a, b)
	arr := [2]map[int]string{a, a}
	arr2 := arr
	arr2[1][5] = "five"
	fmt.Println(arr[0][5], len(arr[0]))
}
