// Three nested panics (two deferred functions panic while unwinding) print
// three lines in order.
package main

import "fmt"

type Code int

func main() {
	defer func() {
		panic(Code(3))
	}()
	defer func() {
		panic(fmt.Errorf("two"))
	}()
	panic("one")
}
