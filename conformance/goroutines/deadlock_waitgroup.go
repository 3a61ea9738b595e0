// Waiting on a WaitGroup whose counter never reaches zero, with every other goroutine
// blocked too, is a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-c // never sent
	}()
	fmt.Println("waiting for two")
	wg.Wait()
}
