// Every slice expression form: s[a:b], s[:b], s[a:], s[:], s[a:b:c] on slices,
// arrays, array pointers and strings; resulting len/cap and shared storage.
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:6]
	fmt.Println(s, len(s), cap(s))
	fmt.Println(arr[:3], arr[5:], len(arr[:]), cap(arr[3:]))
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	u := s[:cap(s)] // reslice beyond len up to cap
	fmt.Println(u, len(u))
	f := arr[1:3:4]
	fmt.Println(f, len(f), cap(f))
	g := f[:cap(f)]
	fmt.Println(g)
	p := &arr
	h := p[4:]
	h[0] = 40
	fmt.Println(arr[4], len(h), cap(h))
	e := s[2:2]
	fmt.Println(e, len(e), cap(e), e == nil)
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8], str[:])
	var ns []int
	ns2 := ns[:0]
	fmt.Println(ns2 == nil, len(ns[0:0:0]))
	// slices share the array: writes through one are visible through the other
	t[0] = 300
	fmt.Println(arr, s, u[1])
	k := arr[2:4:4]
	k = append(k, 99) // beyond cap: copies
	k[0] = -1
	fmt.Println(arr[2], k)
}
