// A string variable holds a (pointer, length) value: assigning or passing it
// copies that value, so reassigning one variable never affects another.
package main

import "fmt"

func grow(s string) string {
	s += "!"
	return s
}

func main() {
	a := "base"
	b := a
	a += "-more"
	c := grow(b)
	fmt.Println(a, b, c)
	parts := []string{a[:4], a[5:]}
	a = ""
	fmt.Println(parts, len(a))
}
