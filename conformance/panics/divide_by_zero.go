// Integer division by zero panics: runtime error: integer divide by zero.
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println(a / b)
}
