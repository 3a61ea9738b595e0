//go:build ignore

// fmt_runes_gen.go writes fmt_runes.txt: for each block of 4096 code points
// (0 .. 0x10FFFF), the FNV-1a 64-bit hash of the concatenated
// fmt.Sprintf("%q|%+q|%#U|%c;", r, r, r, r) of every rune r in the block,
// as Go 1.23 prints them. tests/check_fmt_quote.c recomputes the hashes.
//
//	GOTOOLCHAIN=local /usr/lib/go-1.23/bin/go run tests/data/fmt_runes_gen.go > tests/data/fmt_runes.txt
package main

import (
	"fmt"
	"hash/fnv"
)

func main() {
	for block := rune(0); block <= 0x10FFFF; block += 4096 {
		h := fnv.New64a()
		for r := block; r < block+4096; r++ {
			fmt.Fprintf(h, "%q|%+q|%#U|%c;", r, r, r, r)
		}
		fmt.Printf("%06x %016x\n", block, h.Sum64())
	}
}
