// The memory model: a send happens before the matching receive completes, and a close
// before a receive that sees it, so plain writes made before them are visible after.
package main

import "fmt"

var msg string
var data []int

func main() {
	c := make(chan bool)
	go func() {
		msg = "written before the send"
		c <- true
	}()
	<-c
	fmt.Println(msg)

	d := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		close(d)
	}()
	<-d
	fmt.Println(data)

	// Unbuffered: the receive happens before the send completes.
	u := make(chan int)
	var flag string
	go func() {
		flag = "set by receiver before its receive"
		<-u
	}()
	u <- 1
	fmt.Println(flag)
}
