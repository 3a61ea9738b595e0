// A worker pool: a fixed number of goroutines take jobs from one channel and send
// results to another; every job is processed exactly once.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, worker, value int
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	const workers = 4
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, w, j * 2}
			}
		}()
	}
	for j := 1; j <= 50; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	rs := make([]result, 50)
	got := 0
	for r := range results {
		rs[r.job-1] = r
		got++
	}
	fmt.Println("received:", got)
	okWorkers := true
	sum := 0
	for i, r := range rs {
		if r.job != i+1 || r.value != 2*r.job {
			fmt.Println("bad result", r)
		}
		if r.worker < 1 || r.worker > workers {
			okWorkers = false
		}
		sum += r.value
	}
	fmt.Println("results:", len(rs), "sum:", sum, "worker ids valid:", okWorkers)
	fmt.Println("first three:", rs[0].value, rs[1].value, rs[2].value)
}
