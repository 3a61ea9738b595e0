// The empty string: len 0, zero value of string, equal to "" whichever way it
// was made, and ranging over it does nothing.
package main

import "fmt"

func main() {
	var z string
	a := ""
	b := string([]byte{})
	c := string([]rune(nil))
	d := "abc"[3:]
	e := "abc"[1:1]
	fmt.Println(z == a, a == b, b == c, c == d, d == e, len(e))
	n := 0
	for range z {
		n++
	}
	fmt.Printf("%d %q %v\n", n, z, []byte(z) == nil)
}
