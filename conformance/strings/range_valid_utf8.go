// range over a string decodes UTF-8: it yields the byte offset of each rune and
// the rune itself, skipping continuation bytes.
package main

import "fmt"

func main() {
	s := "aé€🙂z"
	for i, r := range s {
		fmt.Printf("%d %c U+%04X %d\n", i, r, r, len(string(r)))
	}
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
