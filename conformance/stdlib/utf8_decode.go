// unicode/utf8 decoding: DecodeRune(InString), DecodeLastRune, RuneCount, Valid, and
// RuneError with width 1 for invalid or truncated input.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"a", "é", "世", "😀", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xc0\x80", ""} {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: %U %d last %U %d valid %v count %d full %v\n", s, r, size, lr, lsize,
			utf8.ValidString(s), utf8.RuneCountInString(s), utf8.FullRuneInString(s))
	}
	b := []byte("héllo, 世界")
	fmt.Println(len(b), utf8.RuneCount(b), utf8.Valid(b))
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe4))
	fmt.Println(utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xD800), utf8.ValidRune(-1))
}
