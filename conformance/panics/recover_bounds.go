// Every bounds-check failure is recoverable; recover() returns a runtime.Error
// whose text is gc's exact message for each form.
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
	s := []int{1, 2, 3}
	str := "abc"
	var arr [4]int
	i, j, k, neg := 5, 1, 9, -1
	var u uint = ^uint(0)
	try("s[i]", func() { _ = s[i] })
	try("s[neg]", func() { _ = s[neg] })
	try("s[u]", func() { _ = s[u] })
	try("str[i]", func() { _ = str[i] })
	try("arr[i]", func() { _ = arr[i] })
	try("s[:i]", func() { _ = s[:i] })
	try("str[:i]", func() { _ = str[:i] })
	try("arr[:i]", func() { _ = arr[:i] })
	try("s[2:j]", func() { _ = s[2:j] })
	try("s[i:]", func() { _ = s[i:] })
	try("str[i:]", func() { _ = str[i:] })
	try("s[0:1:i]", func() { _ = s[0:1:i] })
	try("arr[0:1:i]", func() { _ = arr[0:1:i] })
	try("s[:2:j]", func() { _ = s[:2:j] })
	try("s[2:j:3]", func() { _ = s[2:j:3] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[neg:]", func() { _ = s[neg:] })
	try("s[::neg]", func() { _ = s[0:0:neg] })
	try("s[:neg:]", func() { _ = s[:neg:3] })
	try("s[neg::]", func() { _ = s[neg:1:3] })
	try("s[i:k]", func() { _ = s[i:k] })
	try("[4]int(s)", func() { _ = [4]int(s) })
	try("(*[5]int)(s)", func() { _ = (*[5]int)(s) })
	try("ok", func() { _ = s[1:2:3] })
}
