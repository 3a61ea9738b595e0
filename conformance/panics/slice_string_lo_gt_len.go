// String slicing s[x:] with x > len panics: slice bounds out of range [9:5].
package main

import "fmt"

func main() {
	s := "hello"
	i := 9
	fmt.Println(s[i:])
}
