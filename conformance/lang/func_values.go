// Functions are first-class values: stored in variables, maps and slices,
// passed and returned; the zero func value is nil and compares only with nil.
package main

import "fmt"

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

type BinOp func(int, int) int

func main() {
	ops := map[string]func(int, int) int{"add": add, "mul": mul}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	fmt.Println(apply(add, 1, 2), apply(func(a, b int) int { return a - b }, 1, 2))
	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f != nil, f(1))
	inc2 := compose(f, f)
	sq := func(x int) int { return x * x }
	fmt.Println(inc2(5), compose(f, sq)(3), compose(sq, f)(3))
	list := []BinOp{add, mul, BinOp(add)}
	for _, op := range list {
		fmt.Print(op(6, 7), " ")
	}
	fmt.Println()
	missing := ops["div"]
	fmt.Println(missing == nil)
	fmt.Printf("%T %T\n", add, list[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	missing(1, 2)
}
