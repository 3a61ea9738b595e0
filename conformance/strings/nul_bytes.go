// Go strings may contain NUL bytes: they count in len, print raw, compare and
// concatenate like any other byte (no C-style termination).
package main

import "fmt"

func main() {
	s := "a\x00b"
	t := s + "\x00"
	fmt.Println(len(s), len(t), s == "a", s < t)
	fmt.Printf("%q %q % x\n", s, t, t)
	fmt.Println(s[1] == 0, string([]byte{0}) == "\x00")
	fmt.Print(s, "\n")
}
