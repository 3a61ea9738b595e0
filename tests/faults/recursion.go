// Unbounded recursion is gc's fatal error "stack overflow" (exit status 2).
package main

import "fmt"

func f(n int) int {
	var pad [8]int
	pad[n%8] = n
	return f(n+1) + pad[n%8]
}

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
