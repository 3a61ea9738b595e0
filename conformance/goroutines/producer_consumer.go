// Producers and consumers over a buffered channel: the last producer's close ends the
// consumers' range loops; the sum of consumed values equals the sum produced.
package main

import (
	"fmt"
	"sync"
)

func main() {
	queue := make(chan int, 8)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for i := 1; i <= 100; i++ {
				queue <- p*1000 + i
			}
		}()
	}
	go func() {
		producers.Wait()
		close(queue)
	}()
	sums := make(chan int)
	for c := 0; c < 4; c++ {
		go func() {
			s := 0
			for v := range queue {
				s += v
			}
			sums <- s
		}()
	}
	total := 0
	for c := 0; c < 4; c++ {
		total += <-sums
	}
	fmt.Println("total:", total)
	want := 0
	for p := 0; p < 3; p++ {
		for i := 1; i <= 100; i++ {
			want += p*1000 + i
		}
	}
	fmt.Println("matches:", total == want)
}
