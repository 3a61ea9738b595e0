// A failed type assertion on an empty interface panics: interface conversion:
// interface {} is int, not string.
package main

import "fmt"

func main() {
	var x any = 42
	s := x.(string)
	fmt.Println(s)
}
