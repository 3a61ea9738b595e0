package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type counter struct {
	sync.Mutex
	n int
}

func (c *counter) inc() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

func main() {
	var wg sync.WaitGroup
	var c counter
	var hits atomic.Int64
	var total int32
	results := make(chan int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				c.inc()
				hits.Add(1)
				atomic.AddInt32(&total, 2)
			}
			results <- id
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for id := range results {
		sum += id
	}
	fmt.Println(c.n, hits.Load(), atomic.LoadInt32(&total), sum)

	var l sync.Locker = &c
	l.Lock()
	l.Unlock()
	lock := c.Lock // a method value of a promoted library method
	lock()
	c.Unlock()

	var m sync.Map
	m.Store("k", 1)
	v, ok := m.Load("k")
	fmt.Println(v, ok)

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, time.Duration(1500)*time.Microsecond)
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)

	tick := time.NewTicker(time.Millisecond)
	<-tick.C
	tick.Stop()
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after")
	}
	fmt.Println(runtime.GOOS, runtime.NumGoroutine())
}
