// The fix for concurrent map writes: a map guarded by a sync.Mutex is safe to update
// from many goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	m := make(map[int]int)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				mu.Lock()
				m[i%500]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	allEqual := true
	for _, v := range m {
		total += v
		if v != 8*20 {
			allEqual = false
		}
	}
	fmt.Println("keys:", len(m), "total:", total, "each 160:", allEqual)
}
