// Division by zero panics for unsigned integers too (uint64 remainder).
package main

import "fmt"

func main() {
	var a, b uint64 = 7, 0
	a %= b
	fmt.Println(a)
}
