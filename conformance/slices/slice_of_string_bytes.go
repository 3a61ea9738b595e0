// []byte(s) makes an independent copy of a string's bytes, and string(b) copies
// back: later writes to the byte slice never change either string.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	t := string(b)
	b[1] = 'a'
	fmt.Println(s, t, string(b))
	sub := b[1:3]
	sub[0] = 'E'
	fmt.Println(string(b), len(sub))
}
