// copy of a [][]T is shallow: the row headers are copied, so the rows' elements
// stay shared, while reassigning a row in the copy does not affect the original.
package main

import "fmt"

func main() {
	a := [][]int{{1, 2}, {3, 4}}
	b := make([][]int, 2)
	copy(b, a)
	b[0][0] = 10
	b[1] = []int{30, 40}
	fmt.Println(a, b)
}
