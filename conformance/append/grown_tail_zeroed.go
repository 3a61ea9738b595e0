// After growth the new capacity region beyond len is zeroed: reslicing a grown
// slice up to its capacity shows zero values, for scalars, strings and pointers.
package main

import "fmt"

func main() {
	a := append(make([]int, 3, 3), 1)
	fmt.Println(a[:cap(a)])
	b := append([]string{"x"}, "y")
	b = b[:cap(b)]
	fmt.Printf("%q\n", b)
	c := append([]*int{new(int)}, new(int))
	c = append(c, nil)
	c = c[:cap(c)]
	fmt.Println(len(c), c[2] == nil, c[3] == nil)
	d := append([]byte("abc"), 'd')
	fmt.Println(d[:cap(d)])
}
