// recover() calls among a call's arguments run left to right: the first one recovers
// the panic, the ones after it see none.
package main

import "fmt"

func show(a, b, c interface{}, n int) {
	fmt.Println(a, b, c, n)
}

func viaHelper() interface{} { return recover() } // not called by the deferred call: nil

func handler(n int) {
	show(viaHelper(), recover(), recover(), n)
}

func handler2() {
	var s []int
	n := copy(s, []int{1})
	show(recover(), len(s), recover(), n)
}

func main() {
	func() {
		defer handler(1)
		panic("first")
	}()
	func() {
		defer handler2()
		panic("second")
	}()
}
