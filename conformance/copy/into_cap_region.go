// copy only writes within the destination's length: to fill the capacity region
// one must reslice first; the count reflects the resliced length.
package main

import "fmt"

func main() {
	dst := make([]int, 2, 6)
	src := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(copy(dst, src), dst, dst[:6])
	fmt.Println(copy(dst[:cap(dst)], src), dst, dst[:6])
}
