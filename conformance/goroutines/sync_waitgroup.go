// sync.WaitGroup.Wait returns after every Add is matched by Done; the goroutines'
// writes are visible after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Add(n) once, Done n times.
	var wg2 sync.WaitGroup
	wg2.Add(3)
	words := make([]string, 3)
	for i, w := range []string{"x", "y", "z"} {
		go func() {
			words[i] = w + w
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println(words)

	// Wait on a zero WaitGroup returns at once; a WaitGroup can be reused.
	var wg3 sync.WaitGroup
	wg3.Wait()
	for round := 0; round < 3; round++ {
		n := 0
		var mu sync.Mutex
		for i := 0; i < 4; i++ {
			wg3.Add(1)
			go func() {
				defer wg3.Done()
				mu.Lock()
				n++
				mu.Unlock()
			}()
		}
		wg3.Wait()
		fmt.Println("round", round, "done:", n)
	}
}
