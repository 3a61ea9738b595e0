// The arguments of a go statement are evaluated when the go statement runs, while a
// closure sees later writes to the variables it captures.
package main

import "fmt"

func report(tag string, v int, done chan<- string) {
	done <- fmt.Sprintf("%s=%d", tag, v)
}

func main() {
	done := make(chan string)
	x := 1
	go report("arg", x, done) // x evaluated now: 1
	x = 2
	fmt.Println(<-done)

	y := 10
	ready := make(chan bool)
	go func() {
		<-ready
		done <- fmt.Sprintf("closure=%d", y)
	}()
	y = 20
	ready <- true
	fmt.Println(<-done)

	// Go 1.22+ loop variables are per iteration: each goroutine sees its own i.
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { results <- i * i }()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)

	// A method value's receiver is evaluated at the go statement too.
	c := counter{n: 7}
	go c.send(done)
	c.n = 8
	fmt.Println(<-done)
}

type counter struct{ n int }

func (c counter) send(done chan<- string) { done <- fmt.Sprintf("receiver=%d", c.n) }
