// The typed atomics (atomic.Int32, Int64, Uint32, Uint64, Uintptr, Bool, Pointer[T],
// Value) have atomic methods and are usable as zero values.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct{ name string }

func main() {
	var i64 atomic.Int64
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var u32 atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				i64.Add(1)
				i32.Add(-2)
				u64.Add(10)
				u32.Add(1)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(i64.Load(), i32.Load(), u64.Load(), u32.Load(), flag.Load())

	fmt.Println(i64.Swap(100), i64.Load())
	fmt.Println(i64.CompareAndSwap(99, 0), i64.CompareAndSwap(100, 1), i64.Load())
	i32.Store(-7)
	fmt.Println(i32.Load())
	fmt.Println(u32.And(0xf0), u32.Load(), u32.Or(1), u32.Load())
	fmt.Println(flag.Swap(false), flag.Load(), flag.CompareAndSwap(false, true), flag.Load())

	var up atomic.Uintptr
	up.Store(42)
	fmt.Println(up.Add(8))

	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil)
	a := &node{"a"}
	b := &node{"b"}
	p.Store(a)
	fmt.Println(p.Load().name)
	fmt.Println(p.CompareAndSwap(b, a), p.CompareAndSwap(a, b), p.Load().name)
	fmt.Println(p.Swap(a).name, p.Load().name)

	var v atomic.Value
	v.Store(3)
	fmt.Println(v.Load().(int) + 1)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("string now")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
}
