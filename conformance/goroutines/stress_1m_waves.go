// 10^6 goroutines in all: 100 waves of 10^4, each wave all parked at once on one
// gate channel (NumGoroutine exact while they wait), then released by closing it.
// Every goroutine adds its number to the wave's sum: none lost, none run twice.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func wave(width int) (sum int64, parked int) {
	gate := make(chan struct{})
	var arrived atomic.Int64
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= width; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			arrived.Add(1)
			<-gate
			total.Add(int64(i))
		}(i)
	}
	for arrived.Load() < int64(width) {
		runtime.Gosched()
	}
	parked = runtime.NumGoroutine() - 1
	close(gate)
	wg.Wait()
	return total.Load(), parked
}

func main() {
	const waves, width = 100, 10000
	want := int64(width) * (width + 1) / 2
	bad, maxparked := 0, 0
	for w := 0; w < waves; w++ {
		for runtime.NumGoroutine() > 1 { // the last wave's goroutines are gone
			runtime.Gosched()
		}
		sum, parked := wave(width)
		if sum != want {
			bad++
		}
		if parked > maxparked {
			maxparked = parked
		}
	}
	fmt.Println("goroutines:", waves*width, "parked at once:", maxparked, "bad waves:", bad)
}
