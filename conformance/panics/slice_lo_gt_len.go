// s[x:] with x > len(s) panics with the length as the upper bound: slice bounds
// out of range [5:3].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i:])
}
