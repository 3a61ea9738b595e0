package main

func main() {
	var r <-chan int = make(chan int)
	var s chan<- int = make(chan int, 1)
	r <- 1   // ERROR: cannot send to receive-only channel
	_ = <-s  // ERROR: cannot receive from send-only channel
	close(r) // ERROR: cannot close receive-only channel r
	for range s { // ERROR: receive from send-only channel
	}
	select {
	case v := <-s: // ERROR: cannot receive from send-only channel
		_ = v
	case r <- 2: // ERROR: cannot send to receive-only channel
	}
	var x int
	x <- 1 // ERROR: cannot send to non-channel
}
