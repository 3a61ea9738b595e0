// Comparing uncomparable dynamic types through interfaces is a recoverable
// runtime error; mismatched dynamic types compare unequal without panicking.
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

type S struct{ m map[int]int }

func main() {
	var a, b any = []int{1}, []int{1}
	var c any = 1
	var f1, f2 any = func() {}, func() {}
	try("slices", func() { fmt.Println(a == b) })
	try("different types", func() { fmt.Println(a == c) })
	try("funcs", func() { fmt.Println(f1 == f2) })
	try("maps in struct", func() { fmt.Println(any(S{}) == any(S{})) })
	try("comparable", func() { fmt.Println(any([2]int{1, 2}) == any([2]int{1, 2})) })
}
