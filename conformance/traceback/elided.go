// A deep stack prints its innermost 50 and outermost 50 frames with the
// count of the frames left out between them.
package main

//go:noinline
func deep(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return deep(n-1) * 2
}

func main() {
	println(deep(150))
}
