// The delete idiom s = append(s[:i], s[i+1:]...) shifts the tail down in place
// (overlapping move), leaving the old last element visible through the original.
package main

import "fmt"

func main() {
	orig := []string{"a", "b", "c", "d", "e"}
	s := append(orig[:1], orig[2:]...)
	fmt.Println("s:", s, len(s), cap(s))
	fmt.Println("orig:", orig)
	n := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = append(n[:2], n[5:]...)
	fmt.Println("n:", n, "hidden tail:", n[:8][len(n):])
}
