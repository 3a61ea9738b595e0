// defer of the builtins copy and clear: arguments evaluated at the defer
// statement, the call made on return; copy from a string; clear of a sub-slice.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	b := []int{9, 9}
	m := map[int]bool{1: true, 2: false}
	func() {
		defer copy(a, b)
		defer clear(m)
		b[0] = 5 // arguments are evaluated at defer time; the slices share memory
		fmt.Println("body", a, len(m))
	}()
	fmt.Println(a, len(m))
	var bs = make([]byte, 3)
	func() {
		defer copy(bs, "xyz")
		defer clear(b)
	}()
	fmt.Println(string(bs), b)
	n := copy(bs, "hello")
	clear(a[1:])
	fmt.Println(n, string(bs), a)
}
