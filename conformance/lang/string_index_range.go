// Indexing a string yields bytes; ranging over it decodes UTF-8 runes with
// byte offsets, and invalid bytes decode as U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2])
	fmt.Printf("%T %T\n", s[0], 'x')
	for i, r := range s {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d %q %U; ", i, r, r)
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(s))
	var bytesum int
	for i := 0; i < len(s); i++ {
		bytesum += int(s[i])
	}
	fmt.Println(bytesum)
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
}
