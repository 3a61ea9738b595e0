// Map misuse panics are recoverable: assignment to a nil map (a plain error,
// still a runtime.Error) and unhashable dynamic keys.
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
	var m map[string]int
	try("nil map read", func() { fmt.Println(m["a"], len(m)) })
	try("nil map delete", func() { delete(m, "a") })
	try("nil map write", func() { m["a"] = 1 })
	am := map[any]int{}
	try("unhashable write", func() { am[[]int{1}] = 1 })
	try("unhashable read", func() { _ = am[map[int]int{}] })
	try("unhashable delete", func() { delete(am, []byte("x")) })
	var nm map[any]int
	try("unhashable on nil map", func() { _ = nm[[]int{}] })
	try("hashable ok", func() { am[[2]int{1, 2}] = 3; fmt.Println(am[[2]int{1, 2}]) })
}
