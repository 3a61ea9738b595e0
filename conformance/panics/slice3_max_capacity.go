// A 3-index slice with max beyond cap panics: slice bounds out of range [::5]
// with capacity 3.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	k := 5
	fmt.Println(s[0:1:k])
}
