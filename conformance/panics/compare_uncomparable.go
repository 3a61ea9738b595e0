// Comparing two interfaces holding the same uncomparable type panics: runtime
// error: comparing uncomparable type []int.
package main

import "fmt"

func main() {
	var a, b any = []int{1}, []int{1}
	fmt.Println(a == b)
}
