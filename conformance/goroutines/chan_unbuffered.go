// An unbuffered channel hands each value over synchronously: ping-pong between two
// goroutines alternates strictly.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 10
		}
		close(pong)
	}()
	for i := 1; i <= 5; i++ {
		ping <- i
		fmt.Println("sent", i, "got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
	fmt.Println(len(ping), cap(ping))
}
