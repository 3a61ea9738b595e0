// Deferred calls run in LIFO order; defers in a loop each capture that
// iteration's values and all run at function exit, not at iteration end.
package main

import "fmt"

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop body done: ")
}

func closures() {
	for i := range 3 {
		defer func() { fmt.Print("c", i, " ") }() // per-iteration i
	}
}

func nested() {
	defer fmt.Println("outer 1")
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
	}()
	defer fmt.Println("outer 2")
	fmt.Println("nested body")
}

func main() {
	loop()
	fmt.Println()
	closures()
	fmt.Println()
	nested()
	defer fmt.Println("main last")
	defer fmt.Println("main first")
}
