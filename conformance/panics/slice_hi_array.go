// Slicing an array past its length panics with "with length": slice bounds
// out of range [:6] with length 4.
package main

import "fmt"

func main() {
	var a [4]int
	j := 6
	fmt.Println(a[:j])
}
