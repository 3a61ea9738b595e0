// A send on a closed channel panics with "send on closed channel".
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("sending")
	c <- 1
	fmt.Println("unreachable")
}
