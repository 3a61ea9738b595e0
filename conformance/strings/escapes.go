// String literal escapes: \x hex bytes, octal, \u and \U code points, raw strings
// keep backslashes and newlines literally.
package main

import "fmt"

func main() {
	s := "\x41\101\u00e9\U0001F642\t\\\"\a\b\f\v\r\n"
	fmt.Printf("%+q %d\n", s, len(s))
	fmt.Println([]byte("\xff\377\u00ff"))
	raw := `a\nb
c`
	fmt.Printf("%+q %d\n", raw, len(raw))
	fmt.Println('a', '\n', '\'', '世', '\x7f', '\u00e9')
}
