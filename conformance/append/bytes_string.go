// append([]byte, string...) appends the string's bytes (UTF-8, not runes);
// capacities follow the 1-byte size classes.
package main

import "fmt"

var sink any

func main() {
	b := append([]byte(nil), "hello"...)
	fmt.Println(string(b), len(b), cap(b))
	b = append(b, ", 世界"...)
	fmt.Println(string(b), len(b), cap(b), b[7:])
	c := append([]byte("x"), ""...)
	fmt.Println(string(c), len(c))
	var d []byte
	for i := 0; i < 10; i++ {
		d = append(d, "abcdefghij"...)
	}
	fmt.Println(len(d), cap(d), string(d[95:]))
	sink, sink, sink = b, c, d
}
