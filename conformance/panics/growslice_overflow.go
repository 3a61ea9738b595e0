// Appending to a huge zero-size-element slice so that the length overflows
// panics: runtime error: growslice: len out of range.
package main

import "fmt"

func main() {
	s := make([]struct{}, 1<<62)
	s = append(s, s...)
	fmt.Println(len(s))
}
