// Dereferencing a nil pointer panics: runtime error: invalid memory address or
// nil pointer dereference (the [signal ...] line is not part of the golden).
package main

import "fmt"

func main() {
	var p *int
	fmt.Println("before")
	fmt.Println(*p)
}
