// Integer division truncates toward zero and the remainder takes the sign of
// the dividend: (-7)/2 == -3, (-7)%2 == -1, 7%(-2) == 1; x == (x/y)*y + x%y.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, -5}, {-1, 5}, {9, 3}, {-9, 3}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		q, r := x/y, x%y
		fmt.Printf("%d / %d = %d, %d %% %d = %d, identity %v\n", x, y, q, x, y, r, q*y+r == x)
	}
	var a int8 = -7
	var b int8 = 3
	fmt.Println(a/b, a%b)
	var u uint8 = 250
	fmt.Println(u/7, u%7)
	// constants are evaluated the same way
	const c = -17 % 5
	const d = -17 / 5
	fmt.Println(c, d)
	// power-of-two divisors with negatives (no shift shortcut semantics)
	for _, v := range []int{-1, -2, -3, -8, -9} {
		fmt.Print(v/4, " ", v%4, " ", v/8, " ", v%8, "; ")
	}
	fmt.Println()
}
