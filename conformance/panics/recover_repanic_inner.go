// A panic raised and recovered inside a deferred function while another panic
// is in flight does not stop the outer panic; the outer one is recovered later.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer func() {
		func() {
			defer func() { fmt.Println("inner recovered:", recover()) }()
			panic("inner")
		}()
		fmt.Println("inner done")
	}()
	panic("outer")
}
