// An unrecovered panic in any goroutine ends the whole program with the panic report
// and exit status 2, even while main is blocked.
package main

import "fmt"

func worker(id int) {
	if id == 3 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
}

func main() {
	fmt.Println("starting")
	go func() {
		defer fmt.Println("deferred call in the panicking goroutine runs")
		worker(3)
	}()
	select {}
}
