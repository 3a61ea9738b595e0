// Asserting an interface type the dynamic type lacks panics: interface
// conversion: main.T is not main.Closer: missing method Close.
package main

type T struct{}

type Closer interface{ Close() }

func main() {
	var x any = T{}
	c := x.(Closer)
	c.Close()
}
