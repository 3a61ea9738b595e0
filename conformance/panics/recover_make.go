// makeslice and growslice failures are recoverable runtime errors with the len
// or cap message.
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

func main() {
	n, big, two, one := -1, 1<<62, 2, 1
	try("len -1", func() { _ = make([]int, n) })
	try("cap -1", func() { _ = make([]int, 0, n) })
	try("len > cap", func() { _ = make([]byte, two, one) })
	try("huge len", func() { _ = make([]int64, big) })
	try("huge cap", func() { _ = make([]int64, 0, big) })
	try("zero-size huge", func() { fmt.Println(len(make([]struct{}, big))) })
	try("growslice", func() {
		s := make([]struct{}, big)
		s = append(s, s...)
	})
}
