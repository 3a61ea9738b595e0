// copy between []rune and []string slices and from string conversions: the
// count is in elements, not bytes.
package main

import "fmt"

func main() {
	r := make([]rune, 3)
	n := copy(r, []rune("héllo"))
	fmt.Println(n, string(r))
	ss := make([]string, 2)
	n = copy(ss, []string{"x", "y", "z"})
	fmt.Println(n, ss)
	b := make([]byte, 5)
	n = copy(b, string([]rune{'é', 'a'}))
	fmt.Println(n, b)
}
