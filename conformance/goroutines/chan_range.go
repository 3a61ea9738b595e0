// for range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i * 3
		}
		close(c)
	}()
	return c
}

func main() {
	for v := range gen(5) {
		fmt.Println("got", v)
	}
	b := make(chan string, 4)
	b <- "x"
	b <- "y"
	b <- "z"
	close(b)
	n := 0
	for s := range b {
		n++
		fmt.Println(n, s)
	}
	// range over a closed empty channel: no iterations.
	e := make(chan int)
	close(e)
	for range e {
		fmt.Println("never")
	}
	// Breaking out leaves the rest in the channel.
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i
	}
	close(c)
	for v := range c {
		if v == 2 {
			break
		}
	}
	fmt.Println("left:", len(c))
}
