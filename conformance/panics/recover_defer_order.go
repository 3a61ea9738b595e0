// During panicking, deferred calls run LIFO; the first one to call recover
// stops the panic and earlier-registered defers still run.
package main

import "fmt"

func f() {
	defer fmt.Println("f: defer 1")
	defer func() { fmt.Println("f: defer 2 recovers", recover()) }()
	defer fmt.Println("f: defer 3")
	defer func() { fmt.Println("f: defer 4 sees no recover yet") }()
	var m map[int]int
	m[0] = 1
	fmt.Println("f: not reached")
}

func main() {
	defer fmt.Println("main: done")
	f()
	fmt.Println("main: after f")
}
