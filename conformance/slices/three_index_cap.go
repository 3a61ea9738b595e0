// A 3-index slice s[lo:hi:max] has len hi-lo and cap max-lo; it can be used on
// slices, arrays and pointers to arrays, and only lo may be omitted.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:5:7]
	fmt.Println(t, len(t), cap(t))
	fmt.Println(t[:cap(t)])
	u := s[:3:3]
	fmt.Println(u, len(u), cap(u))
	v := s[4:4:4]
	fmt.Println(v, len(v), cap(v), v == nil)
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	w := arr[1:3:4]
	fmt.Println(w, len(w), cap(w))
	p := &arr
	x := p[0:2:5]
	x[1] = "B"
	fmt.Println(x, len(x), cap(x), arr)
}
