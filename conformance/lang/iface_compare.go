// Interface values are equal when dynamic types are identical and dynamic
// values are equal; nil interfaces are equal; comparison with concrete values works.
package main

import "fmt"

type A int
type B int

type K struct{ s string }

func main() {
	var x, y any
	fmt.Println(x == y, x == nil)
	x, y = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = A(1), B(1)
	fmt.Println(x == y, x == A(1))
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = K{"a"}, K{"a"}
	fmt.Println(x == y)
	x, y = [2]any{1, "a"}, [2]any{1, "a"}
	fmt.Println(x == y)
	k := &K{"p"}
	x, y = k, &K{"p"}
	fmt.Println(x == y, x == any(k))
	var e1, e2 error
	fmt.Println(e1 == e2)
	// comparison against non-comparable type never compares values when types differ
	x, y = []int{1}, 5
	fmt.Println(x == y)
	x = map[string]int{}
	fmt.Println(x == nil)
	var f any = 0.0
	var nz any = -0.0 // constant -0.0 is +0
	fmt.Println(f == nz)
}
