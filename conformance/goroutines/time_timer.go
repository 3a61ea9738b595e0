// time.NewTimer fires once on its channel; Stop reports whether it stopped a pending
// timer and, since Go 1.23, no stale value is received after Stop or Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(10 * time.Millisecond)
	fired := <-t.C
	fmt.Println("fired after its duration:", fired.Sub(start) >= 0 && time.Since(start) >= 10*time.Millisecond)
	fmt.Println("Stop after firing:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", t2.Stop())
	fmt.Println("Stop again:", t2.Stop())
	fmt.Println("Reset stopped:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("received after Reset")
	fmt.Println("Reset expired:", t2.Reset(time.Hour))
	fmt.Println("Reset pending:", t2.Reset(time.Hour))
	fmt.Println("Stop pending:", t2.Stop())

	// A timer that expired but was not received: Stop/Reset discard the value (Go 1.23).
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	t3.Stop()
	select {
	case <-t3.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}
	t3.Reset(time.Hour)
	select {
	case <-t3.C:
		fmt.Println("stale value")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no stale value after Reset")
	}
	t3.Stop()
	fmt.Println("timer channel len/cap:", len(t3.C), cap(t3.C))

	// AfterFunc runs f in its own goroutine; Stop cancels it.
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("AfterFunc Stop:", af.Stop())
}
