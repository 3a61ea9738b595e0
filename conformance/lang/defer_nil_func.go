// Deferring a nil function value is not an error at the defer statement; the
// panic happens when the deferred call is run at function exit.
package main

import "fmt"

func f() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	var g func()
	defer g()
	fmt.Println("after defer of nil func")
	return "normal"
}

func main() {
	fmt.Println(f())
}
