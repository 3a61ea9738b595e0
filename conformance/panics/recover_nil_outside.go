// recover() returns nil when not panicking, when called outside a deferred
// function, and when called from a function the deferred function calls.
package main

import "fmt"

func helper() any { return recover() }

func main() {
	fmt.Println("direct:", recover())
	func() {
		defer func() { fmt.Println("deferred, no panic:", recover()) }()
	}()
	func() {
		defer func() {
			fmt.Println("final:", recover())
		}()
		func() {
			defer func() { fmt.Println("nested helper:", helper()) }()
			panic("p")
		}()
	}()
}
