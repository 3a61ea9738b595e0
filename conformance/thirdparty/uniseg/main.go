// github.com/rivo/uniseg: Unicode text segmentation: grapheme clusters,
// words and sentences, and the display width of strings.
package main

import (
	"fmt"

	"github.com/rivo/uniseg"
)

func main() {
	s := "🇩🇪 e\u0301! Hello, wörld. 👍🏼 ok?"
	fmt.Println(len(s), uniseg.GraphemeClusterCount(s), uniseg.StringWidth(s))
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		fmt.Printf("%q ", g.Str())
	}
	fmt.Println()
	rest, state := s, -1
	var word string
	for len(rest) > 0 {
		word, rest, state = uniseg.FirstWordInString(rest, state)
		fmt.Printf("[%s]", word)
	}
	fmt.Println()
	rest, state = "One. Two? Three!", -1
	var sent string
	for len(rest) > 0 {
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		fmt.Printf("<%s>", sent)
	}
	fmt.Println()
}
