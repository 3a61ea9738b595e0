// Indexing through a pointer to an array past its length panics:
// index out of range [7] with length 3.
package main

import "fmt"

func main() {
	p := &[3]int{1, 2, 3}
	i := 7
	fmt.Println(p[i])
}
