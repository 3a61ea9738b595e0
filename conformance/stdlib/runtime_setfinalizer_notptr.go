// runtime.SetFinalizer of a non-pointer: gc's fatal error (a throw, exit 2).
package main

import "runtime"

type T struct{ x int }

func main() {
	v := T{1}
	runtime.SetFinalizer(v, func(T) {})
}
