// Slicing a string past its length with s[:x] panics: slice bounds out of
// range [:5] with length 3.
package main

import "fmt"

func main() {
	s := "abc"
	j := 5
	fmt.Println(s[:j])
}
