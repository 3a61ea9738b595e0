package main

import "fmt"

// Two captured loop variables of a three-clause for loop each get a fresh
// cell per iteration (Go 1.22).
func main() {
	var fs []func() (int, int)
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() (int, int) { return i, j })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}
