// sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete, Swap, CompareAndSwap,
// CompareAndDelete and Range, used from many goroutines at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(g*100+i, fmt.Sprint("v", g*100+i))
			}
		}()
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)

	v, ok := m.Load(517)
	fmt.Println(v, ok)
	v, ok = m.Load(5000)
	fmt.Println(v, ok)

	act, loaded := m.LoadOrStore(1, "other")
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("new", 3.5)
	fmt.Println(act, loaded)

	v, loaded = m.LoadAndDelete("new")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("new")
	fmt.Println(v, loaded)

	prev, loaded := m.Swap(2, "swapped")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap(2, "wrong", "x"), m.CompareAndSwap(2, "swapped", "x"))
	v, _ = m.Load(2)
	fmt.Println(v)
	fmt.Println(m.CompareAndDelete(2, "y"), m.CompareAndDelete(2, "x"))

	for k := 10; k < 1000; k++ {
		m.Delete(k)
	}
	var present [1000]bool
	m.Range(func(k, v any) bool {
		present[k.(int)] = true
		return true
	})
	var keys []int
	for k, ok := range present {
		if ok {
			keys = append(keys, k)
		}
	}
	fmt.Println(keys)

	// Range stops when f returns false.
	seen := 0
	m.Range(func(k, v any) bool { seen++; return seen < 3 })
	fmt.Println("stopped after", seen)
	m.Clear()
	_, ok = m.Load(0)
	fmt.Println("after Clear:", ok)
}
