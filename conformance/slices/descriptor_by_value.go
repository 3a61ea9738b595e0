// A slice is a (pointer, length, capacity) descriptor passed by value: the callee
// shares the elements but its own len changes and appends are invisible to the caller.
package main

import "fmt"

func modify(s []int) {
	s[0] = 100
	s = append(s, 4)
	s[1] = 200
	fmt.Println("callee:", s, len(s), cap(s))
}

func main() {
	s := make([]int, 3, 10)
	s[0], s[1], s[2] = 1, 2, 3
	modify(s)
	fmt.Println("caller:", s, len(s), cap(s))
	fmt.Println("hidden element:", s[:4][3])

	t := []int{1, 2, 3}
	modify(t)
	fmt.Println("caller (full):", t, len(t), cap(t))

	u := s
	u = u[:1]
	fmt.Println("copy resliced:", len(u), "original still:", len(s))
}
