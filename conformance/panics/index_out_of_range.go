// Indexing a slice at len or beyond panics: runtime error: index out of range [5]
// with length 3 (exit status 2, stdout written before the panic is kept).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("not reached")
}
