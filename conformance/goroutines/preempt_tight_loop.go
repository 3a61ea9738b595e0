// A goroutine spinning in a loop with no calls, or recursing without loops, does not
// keep the other goroutines or the timers from running, even with GOMAXPROCS(1):
// the scheduler preempts it (gc: asynchronously, with a signal).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

var sink int

func main() {
	runtime.GOMAXPROCS(1)

	var stop atomic.Bool
	spins := 0
	go func() {
		for !stop.Load() {
			spins++
		}
	}()
	runtime.Gosched() // let the spinner take the only P
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	late := time.Since(start) - 20*time.Millisecond
	fmt.Println("timer fired beside a spinning loop:", late < 500*time.Millisecond)

	done := make(chan bool)
	go func() {
		sink = fib(40) // seconds of recursion without a loop
		done <- true
	}()
	ticks := 0
	for i := 0; i < 5; i++ {
		time.Sleep(5 * time.Millisecond)
		ticks++
	}
	fmt.Println("main ran beside the recursion:", ticks)
	stop.Store(true)
	<-done
	fmt.Println("fib done:", sink)
}
