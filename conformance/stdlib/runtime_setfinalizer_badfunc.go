// runtime.SetFinalizer with a finalizer whose parameter the object's type
// is not assignable to: gc's fatal error.
package main

import "runtime"

type T struct{ x int }

func main() {
	p := &T{1}
	runtime.SetFinalizer(p, func(*int) {})
}
