// Deferred calls run (LIFO) before the panic message is printed: their println
// output precedes the panic line on stderr, fmt output goes to stdout.
package main

import "fmt"

func main() {
	defer println("deferred 1")
	defer fmt.Println("deferred 2 (stdout)")
	defer func() {
		println("deferred 3")
	}()
	println("start")
	var m map[string]bool
	m["x"] = true
}
