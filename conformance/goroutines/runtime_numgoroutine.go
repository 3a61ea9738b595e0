// runtime.NumGoroutine counts main plus every started, not yet finished goroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 10; i++ {
		go func() {
			started <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())
	close(block)
	// Exited goroutines stop counting; wait until they are all gone.
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() != 1 && time.Now().Before(deadline) {
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after they exit:", runtime.NumGoroutine())
}
