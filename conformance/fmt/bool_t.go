// %t and %v print booleans as true/false; width and '-' apply; other verbs on booleans
// are bad-verb errors, and %t on non-booleans is one too.
package main

import "fmt"

func main() {
	fmt.Printf("%t %v %t\n", true, false, 1 < 2)
	fmt.Printf("[%6t] [%-6t] [%06t]\n", true, false, true)
	fmt.Printf("%t\n", []bool{true, false, true})
	fmt.Printf("%t %t\n", map[bool]bool{true: false}, [1]bool{})
	fmt.Printf("%d %s %q\n", true, false, true)
	fmt.Printf("%t %t\n", 0, "false")
	type flag bool
	fmt.Printf("%t %v %T\n", flag(true), flag(false), flag(true))
	fmt.Println(true && false, true || false, !true)
	fmt.Print(true, false, "\n")
}
