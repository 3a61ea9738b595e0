// After a panic is recovered, a later unrelated panic prints only itself (no
// [recovered] chain).
package main

import "fmt"

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic("first")
	}()
	fmt.Println("continuing")
	panic("second")
}
