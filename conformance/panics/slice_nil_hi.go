// Slicing a nil slice beyond 0 panics: slice bounds out of range [:1] with
// capacity 0.
package main

import "fmt"

func main() {
	var s []int
	j := 1
	fmt.Println(s[:j])
}
