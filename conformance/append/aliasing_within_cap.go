// Append within capacity writes into the shared backing array: two appends to the
// same base overwrite each other, and the change is visible through every alias.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	base[0], base[1], base[2] = 1, 2, 3
	b := append(base, 4)
	c := append(base, 5)
	fmt.Println("b:", b, "c:", c)
	fmt.Println("b[3] after c's append:", b[3])
	c[0] = 99
	fmt.Println("base[0] after c[0]=99:", base[0], "b[0]:", b[0])
	fmt.Println("base sees hidden element:", base[:4])
	fmt.Println("len/cap base", len(base), cap(base), "b", len(b), cap(b))
}
