// Appending chunks with append(s, t...) (7 elements at a time): the capacity
// sequence for byte, int and string elements under the growth rule.
package main

import "fmt"

var sink any

func main() {
	chunkB := []byte("abcdefg")
	chunkI := []int{1, 2, 3, 4, 5, 6, 7}
	chunkS := []string{"a", "b", "c", "d", "e", "f", "g"}
	var b []byte
	var n []int
	var s []string
	var cb, cn, cs []int
	for i := 0; i < 300; i++ {
		b = append(b, chunkB...)
		n = append(n, chunkI...)
		s = append(s, chunkS...)
		if len(cb) == 0 || cb[len(cb)-1] != cap(b) {
			cb = append(cb, cap(b))
		}
		if len(cn) == 0 || cn[len(cn)-1] != cap(n) {
			cn = append(cn, cap(n))
		}
		if len(cs) == 0 || cs[len(cs)-1] != cap(s) {
			cs = append(cs, cap(s))
		}
	}
	fmt.Println("bytes:  ", cb)
	fmt.Println("ints:   ", cn)
	fmt.Println("strings:", cs)
	fmt.Println("content check:", string(b[700:707]), n[700:707], s[700:707])
	sink, sink, sink = b, n, s
}
