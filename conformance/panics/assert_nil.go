// Asserting a concrete type on a nil interface panics: interface conversion:
// interface {} is nil, not int.
package main

import "fmt"

func main() {
	var x any
	fmt.Println(x.(int))
}
