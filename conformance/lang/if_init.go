// if statements with an init statement: the variables are scoped to the if
// and all its else branches, and shadow outer names.
package main

import "fmt"

func parse(s string) (int, bool) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

func main() {
	x := "outer"
	for _, in := range []string{"42", "x1", "", "7"} {
		if x, ok := parse(in); !ok {
			fmt.Println(in, "invalid", x)
		} else if x > 10 {
			fmt.Println(in, "big", x)
		} else {
			fmt.Println(in, "small", x)
		}
	}
	fmt.Println(x)
	if n := len(x); n > 3 {
		fmt.Println("long", n)
	}
	if a, b := 1, 2; a > b {
		fmt.Println("no")
	} else if c := a + b; c == 3 {
		fmt.Println("c", c, a, b)
	}
}
