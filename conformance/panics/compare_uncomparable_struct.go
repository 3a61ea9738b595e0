// Comparing interfaces holding structs with a map field panics naming the
// struct type: comparing uncomparable type main.S.
package main

import "fmt"

type S struct{ m map[int]int }

func main() {
	var a, b any = S{}, S{}
	fmt.Println(a != b)
}
