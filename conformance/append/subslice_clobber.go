// A classic aliasing bug: appending to two sub-slices of one array with spare
// capacity makes the second append overwrite the first one's element.
package main

import "fmt"

func main() {
	buf := make([]int, 0, 8)
	buf = append(buf, 1, 2, 3)
	x := append(buf, 4)
	y := append(buf, 5)
	fmt.Println("x:", x, "y:", y)

	path := []byte("/a/b")
	p1 := append(path[:2], "x"...)
	p2 := append(path[:2], "y"...)
	fmt.Println(string(p1), string(p2), string(path))

	full := []int{1, 2, 3}
	x2 := append(full, 4)
	y2 := append(full, 5)
	fmt.Println("no clobber when full:", x2, y2)
}
