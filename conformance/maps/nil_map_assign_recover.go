// Assigning to an entry of a nil map panics with "assignment to entry in nil map",
// a runtime.Error without the "runtime error: " prefix; reads before and after still work.
package main

import "fmt"

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(runtimeError)
		if isErr {
			fmt.Println(name, "recovered:", err.Error(), isRT)
		} else {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	var m map[string]int
	try("assign", func() { m["a"] = 1 })
	try("opassign", func() { m["a"] += 1 })
	try("incr", func() { m["b"]++ })
	var mm map[int][]int
	try("append", func() { mm[0] = append(mm[0], 1) })
	var nested map[string]map[string]int = map[string]map[string]int{}
	try("nested", func() { nested["x"]["y"] = 1 })
	fmt.Println(len(m), m["a"], len(nested))
	m = map[string]int{}
	m["a"] = 1
	fmt.Println(m)
}
