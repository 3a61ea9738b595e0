// A tagless switch may have an init statement (switch x := f(); { ... });
// the init variables are scoped to the switch, and cases may call functions.
package main

import "fmt"

func classify(n int) string {
	switch r := n % 3; {
	case n < 0:
		return "negative"
	case r == 0 && n != 0:
		return fmt.Sprint("multiple of 3 (", n/3, ")")
	case r == 1:
		return "remainder 1"
	default:
		return fmt.Sprint("remainder ", r)
	}
}

func isSmall(n int) bool { return n < 5 }

func main() {
	for _, n := range []int{-4, 0, 9, 10, 11} {
		fmt.Println(n, classify(n))
	}
	switch v := 3; {
	case isSmall(v):
		fmt.Println("small", v)
	}
	switch x := 5; x {
	}
}
