// main receiving from a channel nobody sends on: fatal error "all goroutines are
// asleep - deadlock!", exit status 2.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-c)
}
