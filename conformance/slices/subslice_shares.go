// Sub-slices share the backing array: a write through any of them is visible
// through the others and through the original slice.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := s[2:5]
	b := s[4:]
	a[2] = 40 // s[4]
	fmt.Println("s:", s, "a:", a, "b:", b)
	b[0]++
	fmt.Println("a[2]:", a[2], "s[4]:", s[4])
	c := a[1:2]
	c[0] = 30
	fmt.Println("s:", s)
	d := s[:]
	d[0] = -1
	fmt.Println("s[0]:", s[0])
}
