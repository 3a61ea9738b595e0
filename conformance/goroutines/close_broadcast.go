// Closing a channel wakes every goroutine blocked receiving on it: a broadcast signal.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < 25; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			woke++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("woke:", woke)

	// Cancellation: workers stop at the next check of a done channel.
	done := make(chan struct{})
	stopped := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			n := 0
			for {
				select {
				case <-done:
					stopped <- 1
					return
				default:
					n++
				}
			}
		}()
	}
	close(done)
	fmt.Println("stopped:", <-stopped+<-stopped+<-stopped)
}
