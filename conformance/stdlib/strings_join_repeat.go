// strings.Join and strings.Repeat, including empty inputs and a negative count panic.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"only"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"x", "y"}, ""))
	fmt.Printf("%q\n", strings.Repeat("ab", 3))
	fmt.Printf("%q\n", strings.Repeat("ab", 0))
	fmt.Printf("%q\n", strings.Repeat("", 100))
	fmt.Println(len(strings.Repeat("é", 1000)))
	fmt.Println(strings.Repeat("=", 20))
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	strings.Repeat("x", n)
}
