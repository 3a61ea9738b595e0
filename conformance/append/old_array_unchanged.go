// growslice never modifies or frees the old array: slices that still reference
// it keep their values while the new slice diverges.
package main

import "fmt"

func main() {
	old := []int{10, 20, 30, 40}
	view := old[1:3]
	grown := append(old, 50)
	for i := range grown {
		grown[i] *= 2
	}
	fmt.Println("old:", old, "view:", view, "grown:", grown)
	view[0] = -1
	fmt.Println("old:", old, "grown:", grown)
}
