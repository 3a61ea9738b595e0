// s[x:y:z] with x > y panics: slice bounds out of range [2:1:].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	fmt.Println(s[i:j:3])
}
