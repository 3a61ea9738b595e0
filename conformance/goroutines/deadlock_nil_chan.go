// A receive from a nil channel blocks forever; with nothing else running that is a
// deadlock.
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("receiving from nil channel")
	<-c
}
