// Loop variables of a range-over-func loop are per iteration like other
// loops, and a return inside the body returns from the enclosing function.
package main

import "fmt"

func words(yield func(int, string) bool) {
	for i, w := range []string{"x", "y", "z"} {
		if !yield(i, w) {
			return
		}
	}
}

func indexOf(target string) int {
	for i, w := range words {
		if w == target {
			return i
		}
	}
	return -1
}

func main() {
	var fs []func() string
	for i, w := range words {
		fs = append(fs, func() string { return fmt.Sprint(i, w) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(indexOf("y"), indexOf("q"))
	var ptrs []*string
	for _, w := range words {
		ptrs = append(ptrs, &w)
	}
	fmt.Println(*ptrs[0], *ptrs[2], ptrs[0] != ptrs[2])
}
