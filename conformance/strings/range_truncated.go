// Truncated multibyte sequences decode to U+FFFD one byte at a time: a lead
// byte missing its continuation bytes does not swallow the next character.
package main

import "fmt"

func main() {
	cases := []string{"\xe4\xb8", "\xe4\xb8x", "\xf0\x9f\x99", "\xc3", "\xc3(", "\x80\x80", "ok\xe2\x82"}
	for _, s := range cases {
		fmt.Printf("%q:", s)
		for i, r := range s {
			fmt.Printf(" %d:%U", i, r)
		}
		fmt.Println()
	}
}
