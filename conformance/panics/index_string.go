// Indexing a string past its end panics: index out of range [3] with length 3.
package main

import "fmt"

func main() {
	s := "abc"
	i := len(s)
	fmt.Println(s[i])
}
