// Channels are values: a request carries its own reply channel, served by a goroutine.
package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func adder(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a + r.b
	}
}

func main() {
	reqs := make(chan request)
	go adder(reqs)
	go adder(reqs)
	var replies []chan int
	for i := 0; i < 6; i++ {
		r := request{i, i * 10, make(chan int, 1)}
		reqs <- r
		replies = append(replies, r.reply)
	}
	close(reqs)
	for i, rc := range replies {
		fmt.Println(i, <-rc)
	}
	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through two channels"
	fmt.Println(<-inner)
}
