// strings.Fields, FieldsFunc, Split, SplitN, SplitAfter, SplitAfterN and their edge
// cases (empty separator, empty input, leading/trailing separators).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(parts []string) {
	fmt.Printf("%d %q\n", len(parts), parts)
}

func main() {
	show(strings.Fields("  foo bar\tbaz\n  qux  "))
	show(strings.Fields(""))
	show(strings.Fields("\u00a0x\u2003y\u3000"))
	show(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	show(strings.Split("a,b,c", ","))
	show(strings.Split(",a,,b,", ","))
	show(strings.Split("abc", ""))
	show(strings.Split("", ","))
	show(strings.Split("héllo", ""))
	show(strings.Split("a--b--c", "--"))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.SplitAfter("abc", ""))
}
