// Asserting on a nil non-empty interface panics: interface conversion:
// interface is nil, not main.Named.
package main

import "fmt"

type Shape interface{ Area() int }

type Named interface{ Name() string }

func main() {
	var s Shape
	fmt.Println(s.(Named))
}
