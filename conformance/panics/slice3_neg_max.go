// A negative max in a 3-index slice panics: slice bounds out of range [::-1].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	k := -1
	fmt.Println(s[0:0:k])
}
