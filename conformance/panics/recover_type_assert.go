// Failed type assertions are recoverable; the value is a *runtime.TypeAssertionError
// (a runtime.Error) with gc's interface conversion text.
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

type Shape interface{ Area() int }

type Square struct{}

func (Square) Area() int { return 1 }

func main() {
	var x any = 42
	var nilAny any
	var sh Shape = Square{}
	var nilSh Shape
	try("wrong type", func() { _ = x.(string) })
	try("nil", func() { _ = nilAny.(int) })
	try("missing method", func() { _ = x.(Shape) })
	try("non-empty to concrete", func() { _ = sh.(*Square) })
	try("nil non-empty to iface", func() { _ = nilSh.(fmt.Stringer) })
	try("iface to iface missing", func() { _ = sh.(fmt.Stringer) })
	try("comma-ok never panics", func() {
		_, ok1 := x.(string)
		_, ok2 := nilAny.(int)
		_, ok3 := sh.(fmt.Stringer)
		fmt.Println(ok1, ok2, ok3)
	})
}
