// Nil pointer dereferences (load, store, field, array pointer index, nil func
// call) are recoverable runtime errors with one message.
package main

import "fmt"

// try runs f and reports what it panicked with (the error text and whether
// the value is a runtime.Error, i.e. has a RuntimeError method, and an error).
func try(label string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(label + ": no panic")
			return
		}
		_, isRuntime := r.(interface{ RuntimeError() })
		_, isError := r.(error)
		fmt.Printf("%s: %v (runtime error: %v, error: %v)\n", label, r, isRuntime, isError)
	}()
	f()
}

type T struct{ a, b int }

func (t T) get() int { return t.a }

func main() {
	var p *int
	var t *T
	var a *[3]int
	var f func()
	i := 1
	try("load", func() { fmt.Println(*p) })
	try("store", func() { *p = 1 })
	try("field", func() { fmt.Println(t.b) })
	try("method on nil via value", func() { fmt.Println(t.get()) })
	try("array ptr", func() { fmt.Println(a[i]) })
	try("func", func() { f() })
	try("len of nil array ptr", func() { fmt.Println(len(a)) })
}
