// runtime.GC lets the finalizers of what it found unreachable run: a program
// that polls with runtime.GC and a non-blocking receive, allocating nothing,
// sees the finalizer's effect within a few collections.
package main

import (
	"fmt"
	"runtime"
)

type object [4]int // not tiny: the tiny allocator would share its block

var done = make(chan string)

func newObject(name string) *object {
	o := new(object)
	runtime.SetFinalizer(o, func(*object) { done <- name })
	return o
}

// made during initialization: no frame of main's ever held it
var held = newObject("held")

func poll() string {
	for i := 0; i < 10; i++ {
		runtime.GC()
		select {
		case name := <-done:
			return name
		default:
		}
	}
	return "nothing"
}

func main() {
	fmt.Println("while referenced:", poll())
	held = nil
	fmt.Println("after dropping it:", poll())
	fmt.Println("then:", poll())
}
