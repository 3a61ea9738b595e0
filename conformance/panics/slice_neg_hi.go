// A negative high bound panics without a "with" part: slice bounds out of
// range [:-1].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	j := -1
	fmt.Println(s[:j])
}
