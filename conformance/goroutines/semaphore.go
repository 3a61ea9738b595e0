// A buffered channel used as a counting semaphore bounds how many goroutines are inside
// a section at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var inside, peak atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := inside.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			inside.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak within limit:", peak.Load() <= limit)
	fmt.Println("peak reached limit:", peak.Load() == limit)
	fmt.Println("semaphore empty:", len(sem) == 0, cap(sem))
}
