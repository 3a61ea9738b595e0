// s = append(s, s...) doubles the contents correctly both within capacity
// (overlapping copy into the same array) and when it must reallocate.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 3, 10)
	t[0], t[1], t[2] = 7, 8, 9
	t = append(t, t...)
	fmt.Println(t, len(t), cap(t))
	u := make([]int, 4, 10)
	for i := range u {
		u[i] = i
	}
	u = append(u[:2], u[1:]...)
	fmt.Println(u, len(u), cap(u))
}
