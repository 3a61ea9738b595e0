// sync.Mutex makes a read-modify-write of shared state atomic across goroutines.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	ops     int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.ops++
}

func main() {
	var a account
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				a.deposit(g%3 + 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", a.balance)
	fmt.Println("ops:", a.ops)

	var mu sync.Mutex
	fmt.Println("TryLock on free:", mu.TryLock())
	fmt.Println("TryLock on held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock after unlock:", mu.TryLock())
	mu.Unlock()

	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()
	fmt.Println("Locker interface ok")
}
