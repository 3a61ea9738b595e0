// runtime.SetFinalizer: finalizers run on their own goroutine after runtime.GC
// finds the object unreachable (pointer, non-empty interface and any
// parameters; results ignored), nil removes one, package variables are
// ignored, a finalizer can wake main, the finalizer goroutine is not counted.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type T struct {
	id   int
	next *T
	buf  [8]int
}

type Closer interface{ Close() }

func (t *T) Close() {}

var finalized atomic.Int64
var viaIface atomic.Int64
var viaAny atomic.Int64

//go:noinline
func alloc(n int) {
	for i := 0; i < n; i++ {
		t := &T{id: i}
		switch i % 3 {
		case 0:
			runtime.SetFinalizer(t, func(t *T) { finalized.Add(1) })
		case 1:
			runtime.SetFinalizer(t, func(c Closer) { c.Close(); viaIface.Add(1) })
		case 2:
			var x any = t
			runtime.SetFinalizer(x, func(o any) int { viaAny.Add(1); return 0 })
		}
	}
}

//go:noinline
func removed(n int) {
	for i := 0; i < n; i++ {
		t := &T{id: i}
		runtime.SetFinalizer(t, func(t *T) { panic("removed finalizer ran") })
		runtime.SetFinalizer(t, nil)
	}
}

func main() {
	const N = 3000
	alloc(N)
	removed(100)
	done := make(chan bool, 1)
	// a finalizer that wakes main: the deadlock detector must wait for it
	func() {
		k := &T{id: -1}
		runtime.SetFinalizer(k, func(*T) { done <- true })
	}()
	for i := 0; i < 100 && finalized.Load()+viaIface.Load()+viaAny.Load() < N*9/10; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	total := finalized.Load() + viaIface.Load() + viaAny.Load()
	fmt.Println("most finalizers ran:", total >= N*9/10, "all three kinds:", finalized.Load() > 0 && viaIface.Load() > 0 && viaAny.Load() > 0)
	runtime.GC()
	select {
	case <-done:
		fmt.Println("finalizer woke main")
	case <-time.After(5 * time.Second):
		fmt.Println("finalizer did not run")
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	var keep = &T{id: 7}
	runtime.SetFinalizer(keep, func(*T) { fmt.Println("keep finalized too early") })
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	runtime.KeepAlive(keep)
	var g struct{ x int }
	_ = g
	runtime.SetFinalizer(&global, func(*int) {}) // package variable: ignored
	fmt.Println("ok")
}

var global int
