// Inner blocks may redeclare names (shadowing); := in an inner scope creates
// a new variable; := with at least one new name reuses existing ones in the same scope.
package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 0 {
		fmt.Println("if", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e") // err reused, b new
	fmt.Println(a, b, err)
	n := 1
	func() {
		n := 2 // shadows
		n++
	}()
	func() {
		n++ // captures
	}()
	fmt.Println(n)
	len := func(s string) int { return 42 } // shadowing a builtin
	fmt.Println(len("abc"))
	type int = string // shadowing a predeclared type
	var s int = "now a string"
	fmt.Println(s)
	true := false
	fmt.Println(true)
}
