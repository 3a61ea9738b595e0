// copy(dst, src) copies min(len(dst), len(src)) elements and returns that count;
// capacity beyond len is never written.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	for _, n := range []int{0, 1, 3, 5, 8} {
		dst := make([]int, n, 10)
		c := copy(dst, src)
		fmt.Println("dst len", n, "copied", c, dst, dst[:cap(dst)][n:])
	}
	dst := make([]int, 5)
	fmt.Println(copy(dst, src[:2]), dst)
	fmt.Println(copy(dst[4:], src), dst)
}
