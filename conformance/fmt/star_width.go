// '*' takes width or precision from the argument list; a negative '*' width means
// left-justify, and a non-int '*' argument reports %!(BADWIDTH) or %!(BADPREC).
package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%*d]\n", 5, 42, 5, 42, -5, 42)
	fmt.Printf("[%.*f] [%*.*f] [%-*.*f]\n", 2, 3.14159, 8, 3, 3.14159, 8, 1, 2.5)
	fmt.Printf("[%*s] [%.*s]\n", 6, "go", 1, "go")
	for w := 0; w < 4; w++ {
		fmt.Printf("[%*d]", w, 7)
	}
	fmt.Println()
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 1.5, 5)
	fmt.Printf("[%*d]\n", 5)
	fmt.Printf("[%.*f]\n", -1, 2.5)
	fmt.Printf("[%*d]\n", 10000000, 1 == 2)
	fmt.Printf("[%0*d] [%+*d]\n", 6, -12, 4, 3)
	fmt.Printf("[%*v] [%-*v]\n", 8, []int{1}, 8, "s")
	fmt.Printf("[%*d]\n", uint8(3), 1)
}
