// Copying a struct that contains a slice copies the header only: both structs
// share the elements, but appends through one are not seen by the other's len.
package main

import "fmt"

type bag struct {
	name  string
	items []int
}

func main() {
	a := bag{"a", make([]int, 2, 4)}
	b := a
	b.name = "b"
	b.items[0] = 1
	b.items = append(b.items, 3)
	fmt.Println(a.name, a.items, len(a.items), "|", b.name, b.items, len(b.items))
	fmt.Println("hidden in a:", a.items[:3])
	arr := [2][]int{{1}, {2}}
	arr2 := arr
	arr2[0][0] = 10
	fmt.Println(arr, arr2)
}
