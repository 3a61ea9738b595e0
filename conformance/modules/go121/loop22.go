//go:build go1.22

package main

import "fmt"

// perIteration is in a file that asks for go1.22: each iteration has its
// own loop variables.
func perIteration() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, x := range []int{7, 8, 9} {
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
