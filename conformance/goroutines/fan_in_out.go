// Fan-out to several goroutines reading one channel, fan-in of their outputs through a
// merge: every value arrives once, whatever the interleaving.
package main

import (
	"fmt"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func worker(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("item%03d", n)
		}
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		for i := 0; i < 30; i++ {
			in <- i
		}
		close(in)
	}()
	var outs []<-chan string
	for i := 0; i < 5; i++ {
		outs = append(outs, worker(in))
	}
	var all []string
	for s := range merge(outs...) {
		all = append(all, s)
	}
	seen := make(map[string]int)
	for _, s := range all {
		seen[s]++
	}
	once := true
	for i := 0; i < 30; i++ {
		if seen[fmt.Sprintf("item%03d", i)] != 1 {
			once = false
		}
	}
	fmt.Println(len(all), len(seen))
	fmt.Println("every item exactly once:", once)
}
