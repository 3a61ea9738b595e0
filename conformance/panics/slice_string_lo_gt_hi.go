// String slicing with lo > hi panics: slice bounds out of range [3:2].
package main

import "fmt"

func main() {
	s := "hello"
	i, j := 3, 2
	fmt.Println(s[i:j])
}
