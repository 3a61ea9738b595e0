// []rune(s) decodes UTF-8 like range does: each invalid byte becomes U+FFFD;
// string([]rune) encodes back, so an invalid input does not round-trip.
package main

import "fmt"

func main() {
	for _, s := range []string{"héllo", "a\xffb", "\xed\xa0\x80", "🙂🙃"} {
		r := []rune(s)
		back := string(r)
		fmt.Printf("%+q -> %U -> %+q round-trip=%v\n", s, r, back, back == s)
	}
	var empty []rune
	fmt.Printf("%+q %+q\n", string(empty), string([]rune{}))
}
