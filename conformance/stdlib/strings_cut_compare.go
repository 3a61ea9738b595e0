// strings.Cut splits around the first separator; strings.Compare orders strings
// bytewise; strings.Clone copies.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"key=value", "key=", "=value", "novalue", "a=b=c", ""} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %q %v\n", s, before, after, found)
	}
	b, a, f := strings.Cut("abc", "")
	fmt.Printf("%q %q %v\n", b, a, f)
	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"a", "a"}, {"", "a"}, {"abc", "ab"}, {"Z", "a"}, {"é", "z"}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], strings.Compare(p[0], p[1]))
	}
	c := strings.Clone("copied")
	fmt.Println(c, c == "copied", strings.Clone("") == "")
}
