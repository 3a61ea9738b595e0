// runtime.Stack(buf, true) adds every other goroutine to the caller's
// traceback: each parked one with its wait reason, its frames and the go
// statement that created it.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

//go:noinline
func receiver(ch chan int) int {
	return <-ch
}

//go:noinline
func sender(ch chan string) {
	ch <- "never received"
}

//go:noinline
func selector(a chan int, b chan string) {
	select {
	case <-a:
	case b <- "":
	}
}

//go:noinline
func dump() []byte {
	buf := make([]byte, 1<<16)
	return buf[:runtime.Stack(buf, true)]
}

func main() {
	a, b := make(chan int), make(chan string)
	go receiver(a)
	time.Sleep(10 * time.Millisecond) // the goroutines' order
	go sender(b)
	time.Sleep(10 * time.Millisecond)
	go func() {
		selector(a, nil)
	}()
	time.Sleep(10 * time.Millisecond)
	os.Stderr.Write(dump())
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
