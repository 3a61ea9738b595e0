// Comparing two interfaces that hold the same uncomparable dynamic type
// panics: "runtime error: comparing uncomparable type []int".
package main

import "fmt"

func main() {
	var a any = []int{1}
	var b any = []int{1}
	fmt.Println("before")
	fmt.Println(a == b)
	fmt.Println("after")
}
