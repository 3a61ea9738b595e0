// A deferred function that recovers and panics again prints the chain: panic:
// first [recovered], then a tab and panic: second: first.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("second: ", r))
	}()
	panic("first")
}
