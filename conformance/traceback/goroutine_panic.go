// A panic in a goroutine: the traceback ends with "created by" and the line
// of the go statement in the creating function.
package main

import "time"

//go:noinline
func worker(id int, ch chan int) {
	v := <-ch
	if v == 3 {
		panic(id)
	}
}

func main() {
	ch := make(chan int)
	go worker(7, ch)
	go func() {
		ch <- 3
	}()
	time.Sleep(2 * time.Second)
}
