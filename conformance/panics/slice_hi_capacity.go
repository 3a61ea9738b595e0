// Slicing a slice past its capacity with s[:x] panics: slice bounds out of
// range [:5] with capacity 3.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	j := 5
	fmt.Println(s[:j])
}
