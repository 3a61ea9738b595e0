// copy with overlapping source after destination (shift left), the spec's
// example: copy(s, s[2:]) on [0 1 2 3 4 5] returns 4 and gives [2 3 4 5 4 5].
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	n := copy(s, s[2:])
	fmt.Println(n, s)
	b := []byte("hello, world")
	n = copy(b[1:], b[7:])
	fmt.Println(n, string(b))
	t := []string{"a", "b", "c", "d"}
	copy(t, t[1:])
	fmt.Println(t)
}
