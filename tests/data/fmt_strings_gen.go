//go:build ignore

// fmt_strings_gen.go writes fmt_strings.txt: 20 FNV-1a 64-bit hashes, each
// over Go 1.23's fmt.Sprintf("%q|%+q|%#q|%x|% X|%.3s|%5.2q;", s, ...) of 1000
// pseudo-random byte strings s (valid and invalid UTF-8, controls, quotes,
// backquotes, BOMs). The strings come from xorshift64 (seed 1), which
// tests/check_fmt_quote.c reproduces.
//
//	GOTOOLCHAIN=local /usr/lib/go-1.23/bin/go run tests/data/fmt_strings_gen.go > tests/data/fmt_strings.txt
package main

import (
	"fmt"
	"hash/fnv"
)

var state uint64 = 1

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// pieces the strings are made of
var pieces = []string{"a", "Z", " ", "\t", "\n", "\x00", "\x7f", "\"", "'", "`", "\\", "é", "世", "\U0001F600",
	"\u200b", "\ufeff", "\U000E0001", "\xff", "\x80", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\u00ad", "\u2028"}

func main() {
	for chunk := 0; chunk < 20; chunk++ {
		h := fnv.New64a()
		for i := 0; i < 1000; i++ {
			s := ""
			for n := next() % 8; n > 0; n-- {
				s += pieces[next()%uint64(len(pieces))]
			}
			fmt.Fprintf(h, "%q|%+q|%#q|%x|% X|%.3s|%5.2q;", s, s, s, s, s, s, s)
		}
		fmt.Printf("%016x\n", h.Sum64())
	}
}
