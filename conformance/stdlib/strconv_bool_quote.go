// strconv.ParseBool/FormatBool and Quote, QuoteToASCII, QuoteToGraphic, QuoteRune,
// Unquote, UnquoteChar and CanBackquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "FALSE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, s := range []string{"hello", "tab\there", "quote\"s", "é世界", "\x00\x7f\xff", "\u2028", "☺\n"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''), strconv.QuoteRune(0x10FFFF+1))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u263a"`, `"bad`, `'ab'`, `"\xff"`, `abc`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.CanBackquote("plain"), strconv.CanBackquote("has`tick"), strconv.CanBackquote("nl\n"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u3000'))
}
