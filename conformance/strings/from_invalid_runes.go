// string([]rune{...}) replaces every invalid rune (negative, surrogate, too large)
// with the 3-byte encoding of U+FFFD.
package main

import "fmt"

func main() {
	r := []rune{'a', -5, 0xD801, 'b', 0x110000, 0x10FFFF}
	s := string(r)
	fmt.Printf("%+q len %d\n", s, len(s))
	fmt.Printf("% x\n", s)
	for i, c := range s {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
}
