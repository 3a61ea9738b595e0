// A negative index held in a variable panics with index out of range [-1]
// (no "with length" part).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := -1
	fmt.Println(s[i])
}
