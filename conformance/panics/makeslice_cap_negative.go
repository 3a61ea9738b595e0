// make([]int, 0, n) with a negative cap panics: runtime error: makeslice: cap
// out of range.
package main

import "fmt"

func main() {
	n := -5
	s := make([]int, 0, n)
	fmt.Println(s)
}
