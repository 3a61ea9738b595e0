// strings.ToUpper/ToLower/ToTitle with Unicode (incl. special cases like ß and ǅ),
// strings.EqualFold, and strings.Map (a negative result drops the rune).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"Hello, World", "héllo wörld", "straße", "ǅemal", "ΑΒΓ αβγ ς", "İstanbul", "ǈ", "a\xffb"} {
		fmt.Printf("%q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"))
	fmt.Println(strings.EqualFold("K", "\u212a"), strings.EqualFold("ß", "SS"), strings.EqualFold("a", "ab"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "conformance suite"))
	fmt.Println(strings.Map(unicode.ToUpper, "grüße"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	turkish := strings.ToUpperSpecial(unicode.TurkishCase, "istanbul")
	fmt.Println(turkish)
}
