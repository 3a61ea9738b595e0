// A length whose byte size exceeds the address space reports len, not cap:
// makeslice: len out of range.
package main

import "fmt"

func main() {
	n := 1 << 62
	s := make([]int64, n)
	fmt.Println(len(s))
}
