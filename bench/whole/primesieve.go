// Whole program: the concurrent prime sieve of goroutines.
//
// A generator goroutine sends 2, 3, 4, ... down a channel; for each prime
// found, a new filter goroutine is spliced into the chain, passing on only
// the numbers its prime does not divide.  The first n primes are printed
// as a count and a checksum.  A chain of hundreds of goroutines with a
// channel hand-off per number per filter.  Usage: run <scale> (scale 1000:
// 2,000 primes).
//
// bench: run
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		if i := <-in; i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	n := 2 * scale
	if n < 10 {
		n = 10
	}
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < n; i++ {
		prime := <-ch
		sum += prime * (i + 1)
		last = prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println("primes", n, "last", last, "checksum", sum)
}
