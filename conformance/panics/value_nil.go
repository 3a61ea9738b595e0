// panic(nil) under Go 1.21+ semantics becomes a *runtime.PanicNilError: panic:
// panic called with nil argument.
package main

func main() {
	panic(nil)
}
