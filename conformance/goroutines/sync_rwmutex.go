// sync.RWMutex admits many readers at once and writers exclusively.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	// Several readers hold the lock together: all of them get in before any leaves.
	const readers = 5
	var inside atomic.Int32
	allIn := make(chan bool)
	release := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			if inside.Add(1) == readers {
				close(allIn)
			}
			<-release
			rw.RUnlock()
		}()
	}
	<-allIn
	fmt.Println("readers inside together:", inside.Load())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	wg.Wait()

	// Writers exclude each other and readers: the invariant a == b always holds.
	var a, b int
	bad := 0
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				rw.Lock()
				a++
				b++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				rw.RLock()
				if a != b {
					bad++
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("a, b:", a, b, "torn reads:", bad)
	fmt.Println("TryLock when free:", rw.TryLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	rl.Unlock()
	fmt.Println("RLocker ok")
}
