// An unsigned index above MaxInt64 is printed as unsigned:
// index out of range [18446744073709551615] with length 3.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	u := ^uint(0)
	fmt.Println(s[u])
}
