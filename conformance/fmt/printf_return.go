// Printf, Print and Println return the number of bytes written (multi-byte UTF-8
// counts every byte) and a nil error.
package main

import "fmt"

func main() {
	n, err := fmt.Printf("%s|%d\n", "héllo", 42)
	fmt.Println(n, err)
	n, err = fmt.Print("世界", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Println()
	fmt.Println(n, err)
	n, _ = fmt.Printf("")
	fmt.Println(n)
	n, _ = fmt.Printf("%5d%-5s|\n", 1, "x")
	fmt.Println(n)
	s := fmt.Sprintf("%c", 0x1F600)
	fmt.Println(len(s), len([]rune(s)))
}
