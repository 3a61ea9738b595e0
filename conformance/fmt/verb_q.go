// %q quotes strings and runes with Go escapes; '+' forces ASCII-only output, '#' uses a
// raw string when possible; %q applies element-wise to string and rune slices.
package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q\n", "hello", "", "tab\there")
	fmt.Printf("%q %q\n", "quote\"back\\slash", "nl\nnul\x00bell\a")
	fmt.Printf("%q %+q %#q\n", "héllo 世界", "héllo 世界", "héllo 世界")
	fmt.Printf("%#q %#q %#q\n", "raw`tick", "multi\nline", "plain")
	fmt.Printf("%q %q %q %q\n", 'a', '\'', '\n', '世')
	fmt.Printf("%+q %#q %#+q\n", '世', 'x', '世')
	fmt.Printf("%q %q\n", "\xff\xfe", "ok\u00a0")
	fmt.Printf("%q\n", []string{"a", "b c", ""})
	fmt.Printf("%q\n", []rune("ab"))
	fmt.Printf("%q\n", []byte("bytes\n"))
	fmt.Printf("[%8q] [%-8q] [%.3q]\n", "ab", "ab", "abcdef")
	fmt.Printf("%q %q\n", 0x1F600, -1)
	fmt.Printf("%q\n", map[string]string{"k": "v w"})
	fmt.Printf("%q\n", 3.5)
}
