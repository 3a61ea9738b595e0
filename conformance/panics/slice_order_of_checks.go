// With several bad bounds the high bound is checked first: s[5:9] on a
// 3-element slice reports [:9] with capacity 3.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i, j := 5, 9
	fmt.Println(s[i:j])
}
