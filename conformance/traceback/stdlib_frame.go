// A panic in a callback of a standard library function shows the library's
// frame with its file in GOROOT.
package main

import "strings"

func main() {
	s := strings.Map(func(r rune) rune {
		if r == 'x' {
			panic("no x")
		}
		return r + 1
	}, "abxd")
	println(s)
}
