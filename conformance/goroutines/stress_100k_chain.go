// 10^5 goroutines in a daisy chain, each receiving a value from its left neighbour and
// passing it on plus one: all of them blocked at once, none lost.
package main

import "fmt"

func link(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 100000
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go link(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 1 }(left)
	fmt.Println(<-leftmost)
}
