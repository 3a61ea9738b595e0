// Calling a nil func value panics with the nil dereference message.
package main

import "fmt"

func main() {
	var f func() int
	fmt.Println(f())
}
