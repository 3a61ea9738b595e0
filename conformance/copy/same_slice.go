// copy(s, s) copies every element onto itself and returns len(s), leaving the
// contents unchanged; copy(s[i:], s[i:]) likewise.
package main

import "fmt"

func main() {
	s := []int{3, 1, 4, 1, 5}
	fmt.Println(copy(s, s), s)
	fmt.Println(copy(s[2:], s[2:4]), s)
}
