// Arrays are values: assignment, passing to functions, and storing in other
// values copies all elements; a pointer to an array shares them.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100 // auto-dereference for indexing
}

type Holder struct {
	vals [2]string
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	h1 := Holder{[2]string{"x", "y"}}
	h2 := h1
	h2.vals[0] = "changed"
	fmt.Println(h1, h2)
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 99
	fmt.Println(grid, row)
	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 50
	fmt.Println(m, v)
	arrs := []([2]int){{1, 1}}
	for _, e := range arrs {
		e[0] = 7
	}
	fmt.Println(arrs)
}
