// copy never panics on nil or empty slices: it returns 0 and changes nothing.
package main

import "fmt"

func main() {
	var n []int
	e := []int{}
	s := []int{1, 2}
	fmt.Println(copy(n, s), copy(s, n), copy(n, n), copy(e, s), copy(s, e))
	fmt.Println(s, n == nil)
	var nb []byte
	fmt.Println(copy(nb, "abc"))
}
