// When main returns the program exits with status 0, even while other goroutines are
// blocked or still running.
package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { <-block }()
	}
	go func() {
		for {
		}
	}()
	started := make(chan bool)
	go func() {
		started <- true
		n := 0
		for {
			n++
		}
	}()
	<-started
	fmt.Println("main returns now")
}
