// Recursion depth is limited only by memory: Go stacks grow on demand, so
// 200000 nested calls with a 256-byte local array work.
package main

import "fmt"

func depth(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1) + pad[n%32] - n
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func main() {
	fmt.Println(depth(200000))
	fmt.Println(sumTo(100000))
}
