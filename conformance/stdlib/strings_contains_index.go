// strings.Contains/ContainsAny/ContainsRune/ContainsFunc, Index/LastIndex/IndexByte/
// IndexRune/IndexAny/IndexFunc, HasPrefix/HasSuffix and Count, incl. invalid UTF-8.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken soup with rice, chicken"
	fmt.Println(strings.Contains(s, "soup"), strings.Contains(s, "beef"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "wq"), strings.ContainsAny(s, ""))
	fmt.Println(strings.ContainsRune(s, 'p'), strings.ContainsRune("héllo", 'é'))
	fmt.Println(strings.ContainsFunc(s, unicode.IsUpper), strings.ContainsFunc(s, unicode.IsPunct))
	fmt.Println(strings.Index(s, "chicken"), strings.LastIndex(s, "chicken"), strings.Index(s, "x"))
	fmt.Println(strings.Index(s, ""), strings.LastIndex(s, ""))
	fmt.Println(strings.IndexByte(s, 'w'), strings.LastIndexByte(s, 'c'))
	fmt.Println(strings.IndexRune("chäcken", 'k'), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("abc", -1))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexAny("x", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "chicken"), strings.HasPrefix(s, ""))
	fmt.Println(strings.Count(s, "c"), strings.Count(s, "chicken"), strings.Count("five", ""), strings.Count("héllo", ""))
	long := strings.Repeat("ab", 1000) + "needle" + strings.Repeat("ab", 1000)
	fmt.Println(strings.Index(long, "needle"), strings.Index(long, "needlex"), strings.LastIndex(long, "abab"))
}
