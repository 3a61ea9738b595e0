// GOMAXPROCS going down while goroutines run: gc stops the world and every goroutine,
// the caller too, then runs on one of the first n Ps. sync.Pool (so fmt) indexes its
// per-P slots by the P a goroutine is pinned to, sized by GOMAXPROCS(0): a goroutine left
// on a P above n would index past them.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var stop atomic.Bool
	var wg sync.WaitGroup
	var calls atomic.Int64
	pool := sync.Pool{New: func() any { return new([64]byte) }}
	runtime.GOMAXPROCS(8)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stop.Load(); i++ {
				b := pool.Get().(*[64]byte)
				b[0] = byte(i)
				pool.Put(b)
				_ = fmt.Sprint(g, i)
				calls.Add(1)
			}
		}()
	}
	for round := 0; round < 50; round++ {
		for _, n := range []int{8, 1, 5, 2, 7, 1} {
			runtime.GOMAXPROCS(n)
			s := fmt.Sprintf("round %d procs %d", round, runtime.GOMAXPROCS(0))
			if round == 49 {
				fmt.Println(s)
			}
			for calls.Load() < int64(round*6) {
				runtime.Gosched()
			}
		}
	}
	stop.Store(true)
	wg.Wait()
	fmt.Println("workers done:", calls.Load() >= 49*6)
}
