// make([]int, n) with a negative n panics: runtime error: makeslice: len out
// of range.
package main

import "fmt"

func main() {
	n := -1
	s := make([]int, n)
	fmt.Println(s)
}
