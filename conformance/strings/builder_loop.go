// Building a string from a growing []byte and converting once gives the same
// result as repeated concatenation; later appends do not alter the string.
package main

import "fmt"

func main() {
	var b []byte
	var s string
	for i := 0; i < 26; i++ {
		b = append(b, byte('a'+i))
		s += string(rune('a' + i))
	}
	frozen := string(b)
	b = append(b[:0], "overwritten"...)
	fmt.Println(frozen == s, frozen, string(b))
}
