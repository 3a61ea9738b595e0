// %s prints strings and byte slices as text; %x and %X print them as hex bytes, with
// spacing (% x) and prefix (#) flags; precision truncates the input.
package main

import "fmt"

func main() {
	s := "Hello, 世界"
	b := []byte("hi\x00there")
	fmt.Printf("%s|%s|%s\n", s, b, "")
	fmt.Printf("%x|%X|% x|%#x|%# x|% X\n", "hi", "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%x\n", s)
	fmt.Printf("%x|% X\n", b, b)
	fmt.Printf("[%10s] [%-10s] [%.5s] [%.2s] [%8.3s]\n", "abc", "abc", s, s, s)
	fmt.Printf("[%.2x] [%10x] [%-10x|]\n", "abcdef", "ab", "ab")
	fmt.Printf("%s\n", []string{"x", "y z"})
	fmt.Printf("%s %s\n", [3]byte{'a', 'b', 'c'}, []byte(nil))
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%s|%s\n", 42, true)
	fmt.Printf("%s\n", struct {
		A string
		B []byte
	}{"a", []byte("b")})
	type myBytes []byte
	fmt.Printf("%s %x %v\n", myBytes("mb"), myBytes("mb"), myBytes("mb"))
	fmt.Printf("%v %d\n", []byte("AZ"), []byte("AZ"))
}
