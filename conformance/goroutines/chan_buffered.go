// A buffered channel is a FIFO queue: sends do not block until it is full, len counts
// queued elements and cap is the buffer size.
package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "d"
	for len(c) > 0 {
		fmt.Println(<-c, len(c))
	}
	// Full buffer: a non-blocking send fails.
	for i := 0; i < 3; i++ {
		c <- fmt.Sprint(i)
	}
	select {
	case c <- "x":
		fmt.Println("sent into full buffer")
	default:
		fmt.Println("buffer full")
	}
	type pair struct{ a, b int }
	pc := make(chan pair, 2)
	pc <- pair{1, 2}
	pc <- pair{3, 4}
	fmt.Println(<-pc, <-pc)
}
