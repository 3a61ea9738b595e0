// Integer remainder by zero panics with the same message as division.
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println(a % b)
}
