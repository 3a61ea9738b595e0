// Rune and byte literals: escapes, Unicode code points, untyped rune constants
// default to rune (int32), and arithmetic on characters.
package main

import "fmt"

func main() {
	runes := []rune{'a', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', '世'}
	for _, r := range runes {
		fmt.Print(int32(r), " ")
	}
	fmt.Println()
	c := 'x'
	fmt.Printf("%T %v %c %q\n", c, c, c, c)
	var b byte = 'z' - 25
	fmt.Printf("%T %v %c\n", b, b, b)
	next := 'a' + 1
	fmt.Printf("%c %v\n", next, string(rune(next)))
	for ch := 'A'; ch <= 'E'; ch++ {
		fmt.Print(string(ch))
	}
	fmt.Println()
	s := "\xff\u00e9\a\v\f\r"
	fmt.Println(len(s), []byte(s))
	fmt.Println(`raw\nstring`, len(`raw\n`))
}
