// runtime.Goexit ends the calling goroutine after running its deferred calls; recover
// returns nil during a Goexit; other goroutines are unaffected.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	log := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { log <- fmt.Sprint("recover during Goexit: ", recover()) }()
		defer func() { log <- "outer defer" }()
		func() {
			defer func() { log <- "inner defer" }()
			runtime.Goexit()
			log <- "after Goexit (never)"
		}()
		log <- "after inner func (never)"
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}
	fmt.Println("main continues")
}
