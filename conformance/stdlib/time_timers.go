// time's Timer, Ticker, After, AfterFunc, Sleep and Since: Go 1.23's
// synchronous timer channels (len and cap 0, no stale value after Stop or
// Reset), Stop and Reset results, ticks in order, AfterFunc on a goroutine.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept", time.Since(start) >= 20*time.Millisecond, time.Until(start) < 0)

	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len cap", len(t.C), cap(t.C))
	v := <-t.C
	fmt.Println("fired", !v.Before(start), t.Stop(), t.Reset(time.Hour), t.Stop())

	t2 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop after expiry, unreceived:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
	fmt.Println("reset:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("received after reset")

	tk := time.NewTicker(5 * time.Millisecond)
	prev := time.Now()
	ordered := true
	for i := 0; i < 5; i++ {
		x := <-tk.C
		if x.Before(prev.Add(-time.Millisecond)) {
			ordered = false
		}
		prev = x
	}
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	time.Sleep(10 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("ticks", ordered, "none after stop")
	}

	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan string, 1)
	af := time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran"; wg.Done() })
	wg.Wait()
	fmt.Println(<-done, af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped pending AfterFunc:", af2.Stop(), af2.Stop())

	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after")
	case <-time.After(time.Hour):
		fmt.Println("hour")
	}
	tc := time.Tick(3 * time.Millisecond)
	<-tc
	<-tc
	fmt.Println("tick twice", time.Tick(0) == nil, time.Tick(-1) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	var zero time.Timer
	zero.Stop()
}
