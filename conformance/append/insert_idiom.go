// Inserting with append(s[:i], append([]T{x}, s[i:]...)...) and with the
// grow-then-shift idiom (append + copy) produce the same result.
package main

import "fmt"

func main() {
	s := []int{1, 2, 4, 5}
	a := append(s[:2:2], append([]int{3}, s[2:]...)...)
	fmt.Println("a:", a, "s:", s)

	t := []int{1, 2, 4, 5}
	t = append(t, 0)
	copy(t[3:], t[2:])
	t[2] = 3
	fmt.Println("t:", t, len(t), cap(t))

	u := make([]int, 4, 8)
	copy(u, []int{1, 2, 4, 5})
	v := append(u[:2], append([]int{3}, u[2:]...)...)
	fmt.Println("v:", v, "u (shares, overwritten in place):", u)
}
