// Asserting T when the interface holds *T fails: interface conversion:
// interface {} is *main.T, not main.T.
package main

import "fmt"

type T struct{ n int }

func main() {
	var x any = &T{1}
	fmt.Println(x.(T))
}
