// Recursive calls each get their own frame in the traceback.
package main

//go:noinline
func down(n int) int {
	if n == 0 {
		var p *int
		return *p
	}
	return down(n-1) + 1
}

func main() {
	println(down(4))
}
