// unicode/utf8 encoding: RuneLen, EncodeRune, AppendRune; invalid runes encode as
// U+FFFD; the package constants.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '€', '😀', 0x10FFFF, 0x110000, 0xD800, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len %d enc % x\n", r, utf8.RuneLen(r), buf[:n])
	}
	var out []byte
	for _, r := range "Go→世界" {
		out = utf8.AppendRune(out, r)
	}
	fmt.Println(string(out), len(out))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	fmt.Println(string(rune(0xD800)) == "\uFFFD")
}
