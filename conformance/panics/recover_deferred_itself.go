// `defer recover()`: recover as the deferred call itself recovers nothing when a panic
// runs it, and recovers like a direct call when the deferring function's return runs it.
package main

import "fmt"

func report(name string) {
	fmt.Println(name, "recovered:", recover())
}

// the panic runs recover itself: too early, the panic goes on to report
func direct() {
	defer report("direct")
	defer recover()
	panic("p1")
}

// a deferred function's own return runs recover: it stops the panic
func viaDeferred() {
	defer report("viaDeferred")
	defer func() {
		defer recover()
	}()
	panic("p2")
}

// recovered inside, then the deferred function's return recovers the outer panic
func sequential() {
	defer report("sequential")
	defer func() {
		defer recover()
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("p3 inner")
	}()
	panic("p3 outer")
}

// swapped: the inner panic runs recover itself (no-op); the inner handler recovers it
func swapped() {
	defer report("swapped")
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		defer recover()
		panic("p4 inner")
	}()
	panic("p4 outer")
}

// a function called by the deferred function cannot recover through defer recover()
func helper() {
	defer recover()
}

func nested() {
	defer report("nested")
	defer func() {
		helper()
	}()
	panic("p5")
}

// no panic: a no-op
func quiet() int {
	defer recover()
	return 6
}

func main() {
	direct()
	viaDeferred()
	sequential()
	swapped()
	nested()
	fmt.Println("quiet:", quiet())
}
