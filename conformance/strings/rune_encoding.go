// UTF-8 encoding widths: runes below 0x80 take 1 byte, below 0x800 2, below
// 0x10000 3 and the rest 4; boundaries checked with string(rune).
package main

import "fmt"

func main() {
	for _, r := range []rune{0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF} {
		s := string(r)
		fmt.Printf("U+%06X %d", r, len(s))
		for i := 0; i < len(s); i++ {
			fmt.Printf(" %08b", s[i])
		}
		fmt.Println()
	}
}
