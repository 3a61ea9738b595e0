// Comparing arrays of interfaces compares element-wise and panics on an
// uncomparable element: comparing uncomparable type map[string]int.
package main

import "fmt"

func main() {
	a := [2]any{1, map[string]int{}}
	b := [2]any{1, map[string]int{}}
	fmt.Println(a == b)
}
