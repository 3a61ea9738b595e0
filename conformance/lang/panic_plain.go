// An unrecovered panic with a string value prints "panic: " plus the string
// and exits with status 2; deferred calls run first.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	fmt.Println("about to panic")
	panic("something went wrong")
}
