// Bidirectional channels convert to send-only and receive-only channel types; channels
// are comparable references.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	c := make(chan int)
	done := make(chan int)
	go producer(c, 100)
	go consumer(c, done)
	fmt.Println("sum:", <-done)

	a := make(chan int)
	b := a
	var r <-chan int = a
	fmt.Println(a == b, r == a, a == make(chan int))
	fmt.Printf("%T %T %T\n", a, r, (chan<- int)(a))
	var cc chan chan int = make(chan chan int, 1)
	cc <- a
	fmt.Println(<-cc == a)
}
