package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]int{1, 2})) // ERROR: unsupported: iter.Pull
	defer stop()
	fmt.Println(next())
}
