// Indexing a string yields bytes (uint8), not runes: s[i] of a multibyte
// character is one byte of its UTF-8 encoding.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%d(%x) ", i, s[i], s[i])
	}
	fmt.Println()
	var b byte = s[1]
	fmt.Printf("%T %v %c\n", s[0], b, s[0])
	fmt.Println(s[len(s)-1], "x"[0])
}
