// Integer division and remainder by zero and negative shift counts are
// recoverable runtime errors; float division by zero does not panic.
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
	zero := 0
	var z8 int8
	var zu uint32
	neg := -3
	try("int /", func() { fmt.Println(1 / zero) })
	try("int %", func() { fmt.Println(1 % zero) })
	try("int8 /", func() { fmt.Println(int8(5) / z8) })
	try("uint32 %", func() { fmt.Println(uint32(5) % zu) })
	try("x /= 0", func() { x := 3; x /= zero; fmt.Println(x) })
	try("shift", func() { fmt.Println(1 << neg) })
	try("float", func() { f := 0.0; fmt.Println(1/f, -1/f) })
}
