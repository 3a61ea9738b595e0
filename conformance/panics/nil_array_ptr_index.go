// Indexing through a nil pointer to an array panics with the nil dereference
// message (len(p) itself is fine).
package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len(p))
	i := 1
	fmt.Println(p[i])
}
