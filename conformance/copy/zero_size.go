// copy of zero-size elements returns min(len) without moving any memory.
package main

import "fmt"

func main() {
	a := make([]struct{}, 10)
	b := make([]struct{}, 3)
	fmt.Println(copy(a, b), copy(b, a), copy(a[2:], a))
	var c [][0]int
	fmt.Println(copy(c, make([][0]int, 4)))
}
