// Closing a channel twice panics with "close of closed channel".
package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	fmt.Println("closing again")
	close(c)
}
