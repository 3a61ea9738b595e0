// copy works between arrays through slicing (a[:]) and between an array and a
// slice; the arrays are modified in place.
package main

import "fmt"

func main() {
	var a [5]int
	b := [3]int{7, 8, 9}
	n := copy(a[1:], b[:])
	fmt.Println(n, a)
	s := []int{1, 2, 3, 4, 5, 6, 7}
	n = copy(b[:], s[4:])
	fmt.Println(n, b)
	p := &a
	n = copy(p[3:], []int{-1, -2, -3})
	fmt.Println(n, a)
	var c [4]byte
	n = copy(c[:], "go!")
	fmt.Println(n, c, string(c[:n]))
}
