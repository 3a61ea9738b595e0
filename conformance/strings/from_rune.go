// string(r) for a rune value encodes it as UTF-8; negative values, surrogates and
// values above U+10FFFF become "\uFFFD".
package main

import "fmt"

func main() {
	runes := []rune{0, 'A', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xFFFF, 0x10000, 0x1F642, 0x10FFFF,
		0xD800, 0xDFFF, 0x110000, -1, 0x7FFFFFFF}
	for _, r := range runes {
		s := string(r)
		fmt.Printf("%#x -> % x len %d\n", r, s, len(s))
	}
	var b byte = 0xE9
	fmt.Printf("% x\n", string(rune(b)))
}
