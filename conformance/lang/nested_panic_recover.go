// Recovering after a panic raised inside a deferred function returns the
// latest panic value; re-panicking with the recovered value reports [recovered].
package main

import "fmt"

func inner() (got any) {
	defer func() { got = recover() }()
	defer func() { panic("from defer") }()
	panic("original")
}

func main() {
	fmt.Println("recovered:", inner())
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(r)
	}()
	panic(fmt.Sprint("value ", 7))
}
