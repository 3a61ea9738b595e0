// runtime.Stack(buf, true) shows goroutines that were never run (their entry
// function, a go statement's wrapper with runtime.goexit under it) and ones that
// ran and are runnable again (their frames), each with its "created by".
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
)

var stop atomic.Bool

//go:noinline
func yielder() {
	for !stop.Load() {
		runtime.Gosched()
	}
}

//go:noinline
func worker(ch chan int, n int) {
	ch <- n
}

type T struct{ ch chan int }

func (t *T) run() {
	<-t.ch
}

//go:noinline
func dump() []byte {
	buf := make([]byte, 1<<16)
	return buf[:runtime.Stack(buf, true)]
}

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		yielder()
	}()
	runtime.Gosched() // yielder runs, yields, and waits in the run queue
	ch := make(chan int)
	go worker(ch, 1)
	t := &T{ch}
	go t.run()
	go func() {
		worker(ch, 2)
	}()
	os.Stderr.Write(dump())
	stop.Store(true)
	fmt.Println("done")
}
