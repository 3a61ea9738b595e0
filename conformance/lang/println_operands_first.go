// println evaluates all its operands before it prints anything: an operand that prints
// (or blocks on a channel) comes out first, not in the middle of the line.
package main

func inner(c chan int) int {
	println("inner")
	return <-c
}

func main() {
	c := make(chan int, 1)
	c <- 7
	println("outer", inner(c), len(c))
	go func() { c <- 8 }()
	println("received", <-c)
}
