// When main and every other goroutine are blocked on channels, the deadlock is
// detected even though goroutines exist.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-b
		a <- 1
	}()
	go func() {
		<-a
		b <- 1
	}()
	fmt.Println("two goroutines waiting on each other")
	<-a
}
