// A 3-index slice of an array with max beyond its length panics: slice bounds
// out of range [::5] with length 4.
package main

import "fmt"

func main() {
	var a [4]int
	k := 5
	fmt.Println(a[0:1:k])
}
