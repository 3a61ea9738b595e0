// A panic inside a deferred call during panicking replaces the first one; the
// crash report lists both, the earlier one first.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
