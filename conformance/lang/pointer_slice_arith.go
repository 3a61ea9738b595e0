// Go has no pointer arithmetic; walking memory is done by re-slicing, and
// element pointers taken from a slice alias its backing array until append reallocates.
package main

import "fmt"

func main() {
	data := []int{10, 20, 30, 40, 50}
	cur := data
	sum := 0
	for len(cur) > 0 {
		sum += cur[0]
		cur = cur[1:] // "advance the pointer"
	}
	fmt.Println(sum, len(data))
	p := &data[1]
	q := &data[1:][0]
	fmt.Println(p == q, *p)
	window := data[1:4]
	window[0] = 21
	fmt.Println(*p, data)
	s := make([]int, 1, 1)
	e := &s[0]
	s = append(s, 2) // reallocates: e now points into the old array
	*e = 99
	fmt.Println(s, *e)
	// stepping by two with re-slicing
	var odd []int
	for rest := data; len(rest) > 0; {
		odd = append(odd, rest[0])
		if len(rest) < 2 {
			break
		}
		rest = rest[2:]
	}
	fmt.Println(odd)
	// pointer to array element via slice of array
	arr := [4]byte{'a', 'b', 'c', 'd'}
	bp := &arr[:][3]
	*bp = 'D'
	fmt.Println(string(arr[:]))
}
