// Whole program: a token passed around a ring of goroutines.
//
// 503 goroutines are linked in a ring by unbuffered channels; a token
// holding a countdown goes round, each goroutine decrementing it and handing
// it on, until it reaches zero; the goroutine that holds it then reports its
// number.  Nothing but goroutine switches on channel hand-offs.
// Usage: run <scale> (scale 1000: 2·10⁶ hand-offs).
//
// bench: run
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for token := range in {
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	hops := 2000 * scale
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id < ringSize; id++ {
		out := make(chan int)
		go member(id, in, out, done)
		in = out
	}
	go member(ringSize, in, first, done)
	first <- hops
	fmt.Println("token ended at goroutine", <-done)
}
