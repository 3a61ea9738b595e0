// A deferred call that panics during panicking (without recover) prints both
// panics, oldest first, the second indented by a tab.
package main

func main() {
	defer func() {
		panic("second")
	}()
	panic("first")
}
