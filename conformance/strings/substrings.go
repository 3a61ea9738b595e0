// Substrings s[lo:hi] have len hi-lo in bytes; cutting inside a multibyte rune
// yields invalid UTF-8; s[len(s):] and s[:0] are empty.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("%+q %+q %+q %+q\n", s[:1], s[1:3], s[3:], s[7:10])
	fmt.Printf("%+q %+q\n", s[1:2], s[8:])
	fmt.Printf("%+q %+q %d\n", s[len(s):], s[:0], len(s[2:2]))
	t := s[1:]
	fmt.Println(len(t), t[0] == s[1])
	for i, r := range s[8:] {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
