// string([]byte) and []byte(string) copy bytes verbatim: invalid UTF-8 is kept
// as is (no replacement), and the results do not share memory.
package main

import "fmt"

func main() {
	b := []byte{'h', 0xff, 'i', 0xc3}
	s := string(b)
	b[0] = 'H'
	fmt.Printf("%q %d % x\n", s, len(s), s)
	back := []byte(s)
	fmt.Println(back, len(back))
	back[1] = 'X'
	fmt.Printf("%q\n", s)
	var nb []byte
	fmt.Printf("%q %d\n", string(nb), len(string(nb)))
	fmt.Println([]byte("") == nil, len([]byte("")))
}
