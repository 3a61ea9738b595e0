// recover() in a deferred closure must work however the goroutines are
// preempted and moved between threads: eight goroutines panic and recover
// many times while they compete for the Ps (goc once read the deferred-call
// token of the wrong thread after a preemption moved a goroutine).
package main

import (
	"fmt"
	"sync"
)

var sink int

func spin(n int) {
	for i := 0; i < n; i++ {
		sink += i
	}
}

func once(i int) (ok bool) {
	func() {
		defer func() {
			if r := recover(); r != nil {
				ok = r.(int) == i
			}
		}()
		spin(i % 50)
		panic(i)
	}()
	return
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				if !once(i) {
					mu.Lock()
					bad++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("not recovered:", bad)
}
