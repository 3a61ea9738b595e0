// unicode.ToUpper/ToLower/ToTitle/To and SimpleFold map runes per the Unicode tables,
// including runes with no case and special title-case letters.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'ß', 'ǆ', 'ǅ', 'Ǆ', 'σ', 'ς', 'İ', 'ı', 'k', '\u212a', '1', '世', 'ÿ', 'ǰ'} {
		fmt.Printf("%c %c %c %c %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Printf("%c %c\n", unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'))
	r := 'k'
	fmt.Print("fold orbit of k:")
	for i := 0; i < 4; i++ {
		fmt.Printf(" %U", r)
		r = unicode.SimpleFold(r)
	}
	fmt.Println()
	fmt.Printf("%c %c\n", unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'))
	fmt.Println(unicode.SimpleFold(-2), unicode.ToUpper(-1))
}
