// An unrecovered panic prints its value: an error through Error(), a named
// basic type as main.T(v); re-panicking after recover marks the first one [recovered].
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered error:", r)
		panic(Code(7))
	}()
	panic(fmt.Errorf("wrapped %d", 1))
}
