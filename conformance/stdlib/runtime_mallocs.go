// runtime.MemStats.Mallocs counts heap objects as gc does: n escaping
// allocations add n (tiny, small, medium and large ones alike), a loop whose
// values stay on the stack adds none, and other goroutines' allocations
// count too (testing.AllocsPerRun reads this field).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	sinkInt  *int64
	sinkByte []byte
	sinkPair *[2]*int
)

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	f() // warm up: first calls may allocate lazily
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

//go:noinline
func local(i int) int {
	x := [4]int{i, i + 1, i + 2, i + 3}
	p := &x
	return p[0] + p[3]
}

func main() {
	const n = 1000
	near := func(got, want uint64) bool { return got >= want && got <= want+want/10+20 }
	fmt.Println("tiny", near(mallocs(func() {
		for i := 0; i < n; i++ {
			sinkInt = new(int64)
		}
	}), n))
	fmt.Println("small", near(mallocs(func() {
		for i := 0; i < n; i++ {
			sinkPair = &[2]*int{}
		}
	}), n))
	fmt.Println("medium", near(mallocs(func() {
		for i := 0; i < n; i++ {
			sinkByte = make([]byte, 1000+i%7)
		}
	}), n))
	fmt.Println("large", near(mallocs(func() {
		for i := 0; i < 20; i++ {
			sinkByte = make([]byte, 1<<20)
		}
	}), 20))
	s := 0
	fmt.Println("stack", mallocs(func() {
		for i := 0; i < n; i++ {
			s += local(i)
		}
	}) < 5, s > 0)
	fmt.Println("goroutines", near(mallocs(func() {
		var wg sync.WaitGroup
		var mu sync.Mutex
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < n; i++ {
					p := new(int64)
					mu.Lock()
					sinkInt = p
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	}), 4*n))
}
