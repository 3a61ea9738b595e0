// UTF-8 encodings of surrogates (U+D800..U+DFFF), overlong forms and values above
// U+10FFFF are invalid: range decodes each of their bytes as U+FFFD.
package main

import "fmt"

func main() {
	cases := []string{
		"\xed\xa0\x80",     // U+D800 encoded
		"\xed\xbf\xbf",     // U+DFFF encoded
		"\xed\x9f\xbf",     // U+D7FF, valid
		"\xc0\x80",         // overlong NUL
		"\xe0\x80\xaf",     // overlong '/'
		"\xf4\x90\x80\x80", // U+110000
		"\xf4\x8f\xbf\xbf", // U+10FFFF, valid
		"\xf8\x88\x80\x80\x80",
	}
	for _, s := range cases {
		fmt.Printf("%+q:", s)
		n := 0
		for i, r := range s {
			fmt.Printf(" %d:%U", i, r)
			n++
		}
		fmt.Println(" runes", n, "[]rune", len([]rune(s)))
	}
}
