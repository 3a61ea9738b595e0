// Concurrency benchmarks (issue 7): goc's goroutines are OS threads parked on
// futexes; gc's are user-level and scheduled M:N, so these show the cost of
// each hand-off.
//
//	pingpong  two goroutines bounce a counter over two unbuffered channels
//	fanout    a producer feeds 4 workers through a buffered channel (cap 128);
//	          their results fan in through another
//	mutex     4 goroutines increment one counter under a sync.Mutex
//	syncmap   4 goroutines Store and Load keys of one sync.Map
//
// Usage: <op> <scale>.
//
// bench: pingpong,fanout,mutex,syncmap
package main

import (
	"fmt"
	"os"
	"sync"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func pingpong(n int) uint64 {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	var sum uint64
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
		sum += uint64(v)
	}
	close(ping)
	return sum
}

func fanout(n int) uint64 {
	const workers = 4
	work, results := make(chan int, 128), make(chan uint64, 128)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range work {
				results <- uint64(x) * uint64(x) % 1000003
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			work <- i
		}
		close(work)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var sum uint64
	for r := range results {
		sum += r
	}
	return sum
}

func mutex(n int) uint64 {
	const workers = 4
	var mu sync.Mutex
	var counter uint64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < n/workers; i++ {
				mu.Lock()
				counter += uint64(w + 1)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return counter
}

func syncmap(n int) uint64 {
	const workers, keys = 4, 1024
	var m sync.Map
	var wg sync.WaitGroup
	sums := make([]uint64, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < n/workers; i++ {
				k := (i*7 + w) % keys
				if i%4 == 0 {
					m.Store(k, k*3)
				} else if v, ok := m.Load(k); ok {
					sums[w] += uint64(v.(int))
				}
			}
		}(w)
	}
	wg.Wait()
	// The loads' sum depends on interleaving; the final contents do not.
	var sum uint64
	for k := 0; k < keys; k++ {
		if v, ok := m.Load(k); ok {
			sum += uint64(v.(int))
		}
	}
	return sum
}

func main() {
	op := os.Args[1]
	scale := atoi(os.Args[2])
	var sum uint64
	switch op {
	case "pingpong":
		sum = pingpong(100 * scale)
	case "fanout":
		sum = fanout(1000 * scale)
	case "mutex":
		sum = mutex(2000 * scale)
	case "syncmap":
		sum = syncmap(2000 * scale)
	default:
		fmt.Println("unknown op", op)
		os.Exit(2)
	}
	fmt.Println(op, sum)
}
