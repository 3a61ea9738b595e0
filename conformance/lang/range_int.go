// range over an integer (Go 1.22) iterates 0..n-1; n <= 0 iterates zero
// times; the loop variable takes n's type; n is evaluated once.
package main

import "fmt"

type Count uint8

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	neg := -5
	iters := 0
	for range neg {
		iters++
	}
	fmt.Println(iters)
	var c Count = 3
	for i := range c {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10 // does not change the number of iterations
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	var i64 int64 = 2
	for j := range i64 {
		fmt.Printf("%T ", j)
	}
	fmt.Println()
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
}
