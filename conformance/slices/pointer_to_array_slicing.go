// Slicing, indexing, len and range work directly on a pointer to an array, and
// the resulting slices alias the array.
package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	s := p[1:4]
	s[0] = 20
	fmt.Println(arr, len(p), cap(p[2:]))
	for i, v := range p {
		p[i] = v * 2
	}
	fmt.Println(arr, s)
	full := p[:]
	full[4] = 0
	fmt.Println(arr[4], len(full), cap(full))
}
