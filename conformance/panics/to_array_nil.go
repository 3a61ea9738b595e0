// Converting a nil slice to a non-empty array panics: cannot convert slice
// with length 0 to array or pointer to array with length 1.
package main

import "fmt"

func main() {
	var s []byte
	a := [1]byte(s)
	fmt.Println(a)
}
