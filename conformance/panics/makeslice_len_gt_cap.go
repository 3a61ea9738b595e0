// make([]int, l, c) with l > c at run time reports the cap: makeslice: cap out
// of range.
package main

import "fmt"

func main() {
	l, c := 3, 2
	s := make([]int, l, c)
	fmt.Println(s)
}
