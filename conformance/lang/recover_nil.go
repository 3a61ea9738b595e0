// recover returns nil when not panicking, when not called directly by a
// deferred function, and panic(nil) becomes a *runtime.PanicNilError (Go 1.21).
package main

import "fmt"

func helper() any { return recover() }

func indirect() (res string) {
	defer func() {
		r := helper() // not called directly by the deferred function: nil
		res = fmt.Sprint("helper got ", r)
		recover() // this one stops the panic
	}()
	panic("p")
}

func nilPanic() (msg string) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		msg = fmt.Sprint(ok, " ", err)
	}()
	panic(nil)
}

func main() {
	fmt.Println(recover())
	defer func() { fmt.Println("deferred, no panic:", recover()) }()
	fmt.Println(indirect())
	fmt.Println(nilPanic())
}
