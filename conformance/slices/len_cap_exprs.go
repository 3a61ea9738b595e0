// Slice expressions: s[lo:hi] has len hi-lo and cap cap(s)-lo; missing lo is 0,
// missing hi is len(s); hi may extend past len up to cap.
package main

import "fmt"

func main() {
	s := make([]int, 5, 12)
	show := func(label string, t []int) { fmt.Println(label, len(t), cap(t)) }
	show("s", s)
	show("s[1:3]", s[1:3])
	show("s[:3]", s[:3])
	show("s[2:]", s[2:])
	show("s[:]", s[:])
	show("s[5:]", s[5:])
	show("s[3:8]", s[3:8])
	show("s[:12]", s[:12])
	show("s[12:]", s[12:12])
	show("s[4:4]", s[4:4])
	t := s[2:4]
	show("s[2:4][1:9]", t[1:9])
}
