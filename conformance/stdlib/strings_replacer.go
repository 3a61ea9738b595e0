// strings.NewReplacer replaces several old/new pairs in one pass, preferring earlier
// pairs at the same position; strings.Replace/ReplaceAll replace one pattern.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "bye", "world", "moon", "", "")
	fmt.Println(r3.Replace("hello world, hello!"))
	r4 := strings.NewReplacer("", "-")
	fmt.Println(r4.Replace("abc"))
	r5 := strings.NewReplacer("x", "")
	fmt.Println(r5.Replace("xaxbxcx"))
	n, err := r.WriteString(os.Stdout, "<tag>\n")
	fmt.Println(n, err)

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Replace("abc", "", "|", -1))
	fmt.Println(strings.Replace("héllo", "", ".", 3))
}
