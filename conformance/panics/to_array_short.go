// Converting a slice to a longer array panics: cannot convert slice with length
// 3 to array or pointer to array with length 4.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [4]int(s)
	fmt.Println(a)
}
