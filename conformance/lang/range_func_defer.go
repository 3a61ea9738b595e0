// A defer inside a range-over-func loop body belongs to the enclosing
// function: it runs when that function returns, after the loop, in LIFO order.
package main

import "fmt"

func items(yield func(string) bool) {
	for _, s := range []string{"a", "b", "c"} {
		fmt.Println("yield", s)
		if !yield(s) {
			return
		}
	}
	fmt.Println("iterator done")
}

func run() (result string) {
	defer func() { fmt.Println("outer defer, result =", result) }()
	for s := range items {
		defer fmt.Println("deferred", s)
		result += s
	}
	fmt.Println("after loop")
	return result + "!"
}

func early() {
	for s := range items {
		defer fmt.Println("early deferred", s)
		if s == "b" {
			return
		}
	}
}

func main() {
	fmt.Println(run())
	early()
	fmt.Println("end")
}
