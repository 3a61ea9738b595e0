// 10^5 goroutines each send their id on one shared channel: every value arrives exactly
// once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	c := make(chan int, 64)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c <- i
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	seen := make([]bool, n)
	sum, dup := 0, 0
	for v := range c {
		if seen[v] {
			dup++
		}
		seen[v] = true
		sum += v
	}
	fmt.Println("sum:", sum, "duplicates:", dup)
	missing := 0
	for _, s := range seen {
		if !s {
			missing++
		}
	}
	fmt.Println("missing:", missing)
}
