// A goroutine that recurses without end dies as gc reports it: the limit it
// ran into, then "fatal error: stack overflow", exit status 2.
package main

import (
	"fmt"
	"runtime/debug"
)

type T struct{ calls int }

func (t *T) down(n int) int {
	var pad [4]int
	pad[n%4] = n
	t.calls++
	return t.down(n+1) + pad[(n+1)%4]
}

func main() {
	debug.SetMaxStack(64 << 20) // gc would take 1 GB and a second to get there
	fmt.Println("start")
	done := make(chan int)
	go func() {
		t := &T{}
		done <- t.down(0)
	}()
	fmt.Println(<-done)
}
