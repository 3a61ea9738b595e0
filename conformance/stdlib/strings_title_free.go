// strings functions for building text without strings.Title: capitalize words with
// Fields + ToUpper of the first rune, LastIndex-based path splits, and Count/Repeat
// padding.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func capitalize(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

func main() {
	words := strings.Fields("élan vital of the go gopher")
	for i, w := range words {
		words[i] = capitalize(w)
	}
	fmt.Println(strings.Join(words, " "))
	path := "/usr/local/lib/go/src/strings/strings.go"
	i := strings.LastIndex(path, "/")
	fmt.Println(path[:i], path[i+1:])
	for _, name := range []string{"a", "bbb", "cc"} {
		fmt.Printf("|%s%s|\n", name, strings.Repeat(".", 5-len(name)))
	}
	fmt.Println(strings.Count(path, "/"), strings.ToUpper(path[i+1:]))
}
