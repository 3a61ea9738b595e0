// String concatenation with + and += creates new strings; operands are
// unchanged, empty operands are fine and bytes (not runes) are joined.
package main

import "fmt"

func main() {
	a, b := "foo", "bar"
	c := a + b
	a += "!"
	fmt.Println(a, b, c, len(c))
	var s string
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	e := "" + "" + s + ""
	fmt.Println(e == s)
	half := "\xe4\xb8" + "\x96"
	fmt.Println(half, len(half))
	long := ""
	for i := 0; i < 1000; i++ {
		long += "xy"
	}
	fmt.Println(len(long), long[1990:])
	x, y, z := "1", "2", "3"
	fmt.Println(x + y + z + x)
}
