// fallthrough transfers control to the first statement of the next case
// without evaluating its expression; it can chain and can enter default.
package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
		fallthrough
	default:
		out = append(out, "non-positive")
	}
	return out
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 999: // not evaluated, falls in anyway
		fmt.Println("fell into 999")
	case 2:
		fmt.Println("not reached")
	}
}
