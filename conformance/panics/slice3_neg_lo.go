// A negative low bound in a 3-index slice panics: slice bounds out of range
// [-1::].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := -1
	fmt.Println(s[i:1:3])
}
