// runtime.Gosched yields without blocking; GOMAXPROCS(0) reports a positive setting
// without changing it; NumCPU is positive.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("GOMAXPROCS(0) > 0:", runtime.GOMAXPROCS(0) > 0)
	fmt.Println("unchanged:", runtime.GOMAXPROCS(0) == runtime.GOMAXPROCS(0))
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)

	// A goroutine spinning on Gosched until a flag channel is closed still terminates.
	stop := make(chan struct{})
	done := make(chan int)
	go func() {
		spins := 0
		for {
			select {
			case <-stop:
				done <- spins
				return
			default:
				spins++
				runtime.Gosched()
			}
		}
	}()
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	close(stop)
	fmt.Println("spinner stopped:", <-done >= 0)

	// GOMAXPROCS(1): goroutines still all complete.
	old := runtime.GOMAXPROCS(1)
	res := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func() {
			runtime.Gosched()
			res <- i
		}()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-res
	}
	fmt.Println("sum with one P:", sum)
	fmt.Println("previous setting restored:", runtime.GOMAXPROCS(old) == 1)
}
