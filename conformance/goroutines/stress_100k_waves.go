// 10^5 goroutines in all pass values through channels, in waves of 1000 chained
// goroutines (each adds 1 and hands on): none lost, every wave's sum exact.
package main

import "fmt"

func wave(n int) int {
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int, 1)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	return <-in
}

func main() {
	const waves, width = 100, 1000
	total, bad := 0, 0
	for w := 0; w < waves; w++ {
		got := wave(width)
		if got != width {
			bad++
		}
		total += got
	}
	fmt.Println("goroutines:", waves*width, "values passed:", total, "bad waves:", bad)
}
