// Division by zero panics for every integer width, here int8.
package main

import "fmt"

func main() {
	var a, b int8 = 7, 0
	fmt.Println(a / b)
}
