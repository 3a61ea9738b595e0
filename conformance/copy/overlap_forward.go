// copy with overlapping source before destination (shift right) behaves like
// memmove: the result is as if the source were copied to a buffer first.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	fmt.Println(n, s)
	b := []byte("abcdefgh")
	n = copy(b[3:], b[:5])
	fmt.Println(n, string(b))
	r := []rune("αβγδ")
	copy(r[1:], r)
	fmt.Println(string(r))
}
