// Converting a slice to a pointer to a longer array panics with the same
// message (length 2 to length 3).
package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	p := (*[3]string)(s)
	fmt.Println(p)
}
