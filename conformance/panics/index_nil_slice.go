// Indexing a nil slice panics: index out of range [0] with length 0.
package main

import "fmt"

func main() {
	var s []string
	i := 0
	fmt.Println(s[i])
}
