// Closing a nil channel panics with "close of nil channel".
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("closing")
	close(c)
}
