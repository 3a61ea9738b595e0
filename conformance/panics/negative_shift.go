// Shifting by a negative (signed) amount panics: runtime error: negative shift
// amount.
package main

import "fmt"

func main() {
	x, n := 1, -1
	fmt.Println(x << n)
}
