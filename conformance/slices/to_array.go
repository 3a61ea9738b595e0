// Converting a slice to an array [N]T(s) copies the first N elements: changing
// the array does not change the slice and vice versa.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	s[1] = 200
	fmt.Println("a:", a, "s:", s)
	b := [5]int(s)
	fmt.Println("b:", b, len(b))
	e := [0]int(s)
	fmt.Println("e:", e, len(e))
	var n []int
	z := [0]int(n)
	fmt.Println("[0]int(nil):", z)
	str := []string{"x", "y"}
	fmt.Printf("%q\n", [2]string(str[:2]))
}
