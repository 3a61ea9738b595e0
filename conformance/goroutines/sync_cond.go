// sync.Cond: Wait releases the lock and blocks until Signal or Broadcast; waiters
// re-check their condition in a loop.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	totals := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.done {
					q.cond.Wait()
				}
				if len(q.items) == 0 && q.done {
					q.mu.Unlock()
					return
				}
				v := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				totals[w] += v
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	fmt.Println("sum consumed:", totals[0]+totals[1]+totals[2])

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	started := 0
	ready := false
	woken := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() {
			mu.Lock()
			started++
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			woken <- i
		}()
	}
	for {
		mu.Lock()
		if started == 5 {
			ready = true
			mu.Unlock()
			break
		}
		mu.Unlock()
	}
	c.Broadcast()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-woken
	}
	fmt.Println("woken ids sum:", sum)
}
