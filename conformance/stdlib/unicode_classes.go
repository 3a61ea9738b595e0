// unicode's classification functions (IsLetter, IsDigit, IsNumber, IsSpace, IsUpper,
// IsLower, IsPunct, IsSymbol, IsControl, IsPrint, IsGraphic, Is with a range table).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'Z', '5', '٣', 'Ⅻ', ' ', '\t', '\u00a0', '\u2028', '!', '+', '€', '世', 'é', '\x00', '\u00ad', 'ǅ', '😀', -1, 0x110000}
	for _, r := range rs {
		fmt.Printf("%U L%v D%v N%v S%v U%v l%v T%v P%v Sy%v C%v Pr%v G%v M%v\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)),
			b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsPunct(r)),
			b(unicode.IsSymbol(r)), b(unicode.IsControl(r)), b(unicode.IsPrint(r)), b(unicode.IsGraphic(r)),
			b(unicode.IsMark(r)))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Latin, 'λ'))
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.Version)
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
