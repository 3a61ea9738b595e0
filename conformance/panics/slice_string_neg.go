// A negative bound when slicing a string panics: slice bounds out of range
// [:-2].
package main

import "fmt"

func main() {
	s := "abc"
	j := -2
	fmt.Println(s[:j])
}
