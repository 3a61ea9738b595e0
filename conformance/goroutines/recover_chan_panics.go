// Channel panics are runtime errors (runtime.Error) that recover can catch, with gc's
// messages.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close nil", func() {
		var c chan string
		close(c)
	})
	try("close closed", func() {
		c := make(chan bool)
		close(c)
		close(c)
	})
	try("select send on closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
	try("no panic", func() {})
}
