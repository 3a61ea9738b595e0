// main sending on an unbuffered channel with no receiver, after the other goroutines
// have finished: the deadlock is detected.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	c := make(chan int)
	fmt.Println("sending")
	c <- 1
}
