// Arrays are values (assignment and parameters copy all elements) while slices
// of an array alias it: a[:] writes go to the array itself.
package main

import "fmt"

func setFirstArr(a [3]int) { a[0] = 100 }

func setFirstSlice(s []int) { s[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	setFirstArr(a)
	fmt.Println("a:", a, "b:", b)
	setFirstSlice(a[:])
	fmt.Println("a:", a)
	s := a[1:]
	a[2] = 30
	fmt.Println("s:", s, len(s), cap(s))
	p := &a
	p[0] = -1
	fmt.Println("a via pointer:", a, len(p))
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	fmt.Println(grid, g2, a == [3]int{-1, 2, 30})
}
