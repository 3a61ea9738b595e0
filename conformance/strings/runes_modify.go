// Editing text by runes: convert to []rune, change elements, convert back; the
// original string stays unchanged and multibyte characters stay whole.
package main

import "fmt"

func main() {
	s := "naïve café"
	r := []rune(s)
	r[2] = 'i'
	r[len(r)-1] = 'e'
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(s, "|", string(r), len(s), len(string(r)))
}
