// Deferred calls of every frame on the stack run, innermost first, before the
// program dies with the panic.
package main

import "fmt"

func outer() {
	defer fmt.Println("outer defer")
	inner(0)
}

func inner(d int) {
	defer fmt.Println("inner defer")
	fmt.Println(10 / d)
}

func main() {
	defer fmt.Println("main defer")
	outer()
}
