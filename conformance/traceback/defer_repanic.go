// A panic raised by a deferred call during a panic: the traceback shows the
// deferred closure, then "panic(...)" where the first panic ran it, then the
// function that panicked first, and the report lists both panics.
package main

import "fmt"

//go:noinline
func work(m map[string]int) {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	m["x"] = 1
}

func main() {
	work(nil)
}
