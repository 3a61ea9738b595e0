// Concurrency benchmarks (issues 7 and 16): the cost of goroutine hand-offs,
// creation and parking, goc's M:N scheduler against gc's.
//
//	pingpong  two goroutines bounce a counter over two unbuffered channels
//	fanout    a producer feeds 4 workers through a buffered channel (cap 128);
//	          their results fan in through another
//	mutex     4 goroutines increment one counter under a sync.Mutex
//	syncmap   4 goroutines Store and Load keys of one sync.Map
//	ring      a token passed 1000*scale times round a ring of 100*scale
//	          goroutines joined by unbuffered channels
//	sieve     the first 2*scale primes from a chain of filter goroutines
//	park      1000*scale goroutines started and parked at once on one
//	          channel, then woken by closing it (spawn + park per goroutine,
//	          and the peak RSS of 10^6 parked goroutines at full scale)
//
// Usage: <op> <scale>.
//
// bench: pingpong,fanout,mutex,syncmap,ring,sieve,park
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

func ring(goroutines, passes int) uint64 {
	first := make(chan int)
	in := first
	for i := 1; i < goroutines; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	// the token goes round until it has been passed `passes` times
	var sum uint64
	v := 0
	for v < passes {
		first <- v
		v = <-in
		sum += uint64(v)
	}
	close(first)
	for range in {
	}
	return sum
}

func sieve(primes int) uint64 {
	src := make(chan int)
	go func() {
		for i := 2; ; i++ {
			src <- i
		}
	}()
	var sum uint64
	ch := src
	for i := 0; i < primes; i++ {
		p := <-ch
		sum += uint64(p)
		next := make(chan int)
		go func(in <-chan int, out chan<- int, p int) {
			for v := range in {
				if v%p != 0 {
					out <- v
				}
			}
		}(ch, next, p)
		ch = next
	}
	return sum // the filters stay parked: the program exits
}

func park(n int) uint64 {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var sum uint64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			if i%1000 == 0 {
				mu.Lock()
				sum += uint64(i)
				mu.Unlock()
			}
		}(i)
	}
	close(start)
	wg.Wait()
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
	case "ring":
		sum = ring(100*scale, 1000*scale)
	case "sieve":
		sum = sieve(2 * scale)
	case "park":
		sum = park(1000 * scale)
	default:
		fmt.Println("unknown op", op)
		os.Exit(2)
	}
	fmt.Println(op, sum)
}
