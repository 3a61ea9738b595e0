// The deadlock report lists every goroutine with its wait reason, its
// frames and the go statement that created it.
package main

import "time"

//go:noinline
func sender(ch chan int) {
	ch <- 1
}

//go:noinline
func receiver(ch chan string) string {
	return <-ch
}

func main() {
	ch := make(chan int)
	go sender(nil)
	time.Sleep(10 * time.Millisecond) // the goroutines' order
	go receiver(make(chan string))
	time.Sleep(10 * time.Millisecond)
	go func() {
		select {}
	}()
	<-ch
}
