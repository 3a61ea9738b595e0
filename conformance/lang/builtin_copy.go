// copy copies min(len(dst), len(src)) elements, returns that count, handles
// overlapping slices like memmove, and copies bytes from a string.
package main

import "fmt"

func main() {
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)
	s := []int{0, 1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s) // overlap, forward
	fmt.Println(n, s)
	t := []int{0, 1, 2, 3, 4, 5, 6}
	n = copy(t, t[3:]) // overlap, backward
	fmt.Println(n, t)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var nilDst []int
	fmt.Println(copy(nilDst, s), copy(s, []int(nil)))
	arr := [4]string{"a", "b", "c", "d"}
	copy(arr[1:], arr[:])
	fmt.Println(arr)
}
