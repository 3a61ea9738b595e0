// The sync/atomic functions (Add, Load, Store, Swap, CompareAndSwap, And, Or) are
// atomic across goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n64 int64
	var n32 int32
	var u64 uint64
	var u32 uint32
	var up uintptr
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&n64, 2)
				atomic.AddInt32(&n32, -1)
				atomic.AddUint64(&u64, 3)
				atomic.AddUint32(&u32, 1)
				atomic.AddUintptr(&up, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32), atomic.LoadUint64(&u64),
		atomic.LoadUint32(&u32), atomic.LoadUintptr(&up))

	atomic.StoreInt64(&n64, -5)
	fmt.Println(atomic.SwapInt64(&n64, 9), n64)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 8, 1), n64)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 9, 1), n64)
	// Subtracting from an unsigned value: add the complement.
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println(u32)
	fmt.Println(atomic.AndUint32(&u32, 0xff), u32)
	fmt.Println(atomic.OrInt64(&n64, 6), n64)

	// CAS loop: concurrent maximum.
	var max int64
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := int64(g * 37 % 101)
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("max:", max)

	var p atomic.Value
	fmt.Println(p.Load())
	p.Store([]string{"a"})
	fmt.Println(p.Load(), p.Swap([]string{"b"}), p.Load())
	var q atomic.Value
	q.Store(3)
	fmt.Println(q.CompareAndSwap(4, 5), q.CompareAndSwap(3, 5), q.Load())
}
