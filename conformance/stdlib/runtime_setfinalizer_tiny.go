// Finalizers on tiny objects (new(int32): gc's and goc's tiny allocators
// pack several into one block): each object has its own finalizer, called
// with its own address, once its block is unreachable. Which objects share
// a block with something still reachable differs, so the program prints
// verdicts: most are finalized, each once, each with its own value.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	const N = 100
	finalized := make(chan int32, N)
	for i := 0; i < N; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) {
			finalized <- *p
		})
	}
	runtime.GC()
	seen := make([]bool, N)
	count, bad := 0, false
	timeout := time.After(10 * time.Second)
	for count <= N/10*9 {
		select {
		case <-timeout:
			fmt.Println("timeout:", count, "finalized")
			return
		case x := <-finalized:
			if x < 0 || x >= N || seen[x] {
				bad = true
				continue
			}
			seen[x] = true
			count++
		case <-time.After(50 * time.Millisecond):
			runtime.GC()
		}
	}
	fmt.Println("most finalized:", count > N/10*9, "each once with its own value:", !bad)
}
