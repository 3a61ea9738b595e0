// Strings are immutable: modifying a []byte copy, or the array a substring came
// from conceptually, never changes the string or its substrings.
package main

import "fmt"

func main() {
	s := "immutable"
	sub := s[2:6]
	b := []byte(s)
	for i := range b {
		b[i] = '*'
	}
	t := s
	s = "changed"
	fmt.Println(s, t, sub, string(b))
	arr := [3]byte{'a', 'b', 'c'}
	str := string(arr[:])
	arr[0] = 'z'
	fmt.Println(str, string(arr[:]))
}
