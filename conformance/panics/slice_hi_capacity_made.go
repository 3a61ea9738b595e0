// s[a:x] with x beyond cap (len 2, cap 4) panics with capacity 4, showing the
// capacity, not the length, is the bound for slices.
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	fmt.Println(len(s[:4]))
	j := 5
	fmt.Println(s[1:j])
}
