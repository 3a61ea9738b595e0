// Instantiating a comparable type parameter with an interface type compiles,
// but == panics at run time if the dynamic types are not comparable.
package main

import "fmt"

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Equal[any](1, 1), Equal[any](1, "1"))
	fmt.Println(Equal[any]([]int{1}, 2))
	fmt.Println(Equal[any](map[int]int{}, map[int]int{}))
}
