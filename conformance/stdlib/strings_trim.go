// strings.Trim/TrimLeft/TrimRight/TrimSpace/TrimPrefix/TrimSuffix/TrimFunc and
// CutPrefix/CutSuffix: cutsets trim characters, prefixes trim one string.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n\r "))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2000x\u3000"))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("¡¡hola!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("  x  ", unicode.IsSpace))
	after, found := strings.CutPrefix("v1.2.3", "v")
	fmt.Printf("%q %v\n", after, found)
	after, found = strings.CutPrefix("1.2.3", "v")
	fmt.Printf("%q %v\n", after, found)
	before, found := strings.CutSuffix("main.go", ".go")
	fmt.Printf("%q %v\n", before, found)
}
