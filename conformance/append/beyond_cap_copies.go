// Append beyond capacity copies into a new array: afterwards writes through the
// new slice are invisible in the old one and vice versa; the old array is untouched.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	b := append(a, 4)
	b[0] = 100
	a[1] = 200
	fmt.Println("a:", a, len(a), cap(a))
	fmt.Println("b:", b, len(b), cap(b))

	s := make([]int, 2, 2)
	t := s[:1]
	u := append(s, 7) // reallocates
	t[0] = 5
	fmt.Println("s:", s, "t:", t, "u:", u)
}
