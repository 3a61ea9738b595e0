// clear(s) zeroes s[0:len(s)] only: elements in the capacity region beyond len
// keep their values; clear on a nil or empty slice is a no-op.
package main

import "fmt"

type pt struct {
	x int
	s string
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	head := s[:3]
	clear(head)
	fmt.Println(head, s, head[:cap(head)])
	var n []int
	clear(n)
	fmt.Println(n == nil, len(n))
	ps := []pt{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Printf("%+v\n", ps)
	ptrs := []*int{new(int), new(int)}
	clear(ptrs[1:])
	fmt.Println(ptrs[0] != nil, ptrs[1] == nil)
	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q %d\n", strs, len(strs))
}
