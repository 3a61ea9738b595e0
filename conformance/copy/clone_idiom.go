// Cloning with make + copy (or append to nil) produces an independent slice
// whose capacity is exactly its length (make) or size-class rounded (append).
package main

import "fmt"

var sink any

func main() {
	orig := []int{1, 2, 3, 4, 5}
	c1 := make([]int, len(orig))
	copy(c1, orig)
	c2 := append([]int(nil), orig...)
	c3 := append(orig[:0:0], orig...)
	orig[0] = 100
	fmt.Println(orig, c1, c2, c3)
	fmt.Println(cap(c1), cap(c2), cap(c3))
	sink, sink, sink = c1, c2, c3
	var none []int
	c4 := append(none[:0:0], none...)
	fmt.Println(c4 == nil)
}
