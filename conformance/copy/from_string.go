// copy(dst []byte, src string) copies the string's bytes (not runes) and returns
// min(len(dst), len(src)); a multibyte rune can be cut in the middle.
package main

import "fmt"

func main() {
	b := make([]byte, 3)
	n := copy(b, "hello")
	fmt.Println(n, string(b))
	big := make([]byte, 10)
	n = copy(big, "hi")
	fmt.Println(n, big)
	u := make([]byte, 4)
	n = copy(u, "日本")
	fmt.Println(n, u, len("日本"))
	n = copy(u, "")
	fmt.Println(n, u)
	s := "abcdef"
	n = copy(big[2:], s[3:])
	fmt.Println(n, string(big[:5]))
}
