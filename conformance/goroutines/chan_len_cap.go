// len and cap of channels: nil channels have 0/0, unbuffered 0/0, buffered count the
// queued elements; both work on directional channel types.
package main

import "fmt"

func main() {
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	b := make(chan int, 10)
	for i := 0; i < 7; i++ {
		b <- i
	}
	var r <-chan int = b
	var s chan<- int = b
	fmt.Println(len(b), cap(b), len(r), cap(r), len(s), cap(s))
	<-r
	<-r
	fmt.Println(len(b), cap(b))
	z := make(chan struct{}, 1000)
	for i := 0; i < 999; i++ {
		z <- struct{}{}
	}
	fmt.Println(len(z), cap(z))
	n := 5
	d := make(chan float64, n)
	fmt.Println(len(d), cap(d))
}
