// time.After in a select gives up on a channel that never becomes ready; a ready
// channel wins over a long timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}

	ready := make(chan int, 1)
	ready <- 42
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Hour):
		fmt.Println("timed out")
	}

	// The value from time.After is the time it fired, not before it was created.
	start := time.Now()
	t := <-time.After(10 * time.Millisecond)
	fmt.Println("fired at or after start:", !t.Before(start))
	fmt.Println("waited at least 10ms:", time.Since(start) >= 10*time.Millisecond)
}
