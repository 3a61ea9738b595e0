// One select can mix send and receive cases; a goroutine serving a request channel and
// a quit channel answers every request before it quits.
package main

import "fmt"

func server(req <-chan int, resp chan<- int, quit <-chan bool, done chan<- int) {
	served := 0
	for {
		select {
		case n := <-req:
			resp <- n * n
			served++
		case <-quit:
			done <- served
			return
		}
	}
}

func main() {
	req := make(chan int)
	resp := make(chan int)
	quit := make(chan bool)
	done := make(chan int)
	go server(req, resp, quit, done)
	for i := 1; i <= 5; i++ {
		req <- i
		fmt.Println(i, "->", <-resp)
	}
	quit <- true
	fmt.Println("served:", <-done)

	// A select that sends to whichever of two consumers is ready.
	out1 := make(chan int, 10)
	out2 := make(chan int, 10)
	for i := 0; i < 20; i++ {
		select {
		case out1 <- i:
		case out2 <- i:
		}
	}
	fmt.Println("delivered:", len(out1)+len(out2), "both full:", len(out1) == 10 && len(out2) == 10)
}
