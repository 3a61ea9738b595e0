// Explicit argument indexes %[n]verb select operands, can repeat them, set '*' width and
// precision, and the following verbs continue from the selected index.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %#[1]o %[1]q\n", 65)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[2]s %s %[1]s %s\n", "a", "b")
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[1]*d|\n", 4)
	fmt.Printf("%[2]v %[2]T\n", nil, 3.5)
	s := fmt.Sprintf("%[1]s-%[1]s-%[1]s", "ab")
	fmt.Println(s)
}
