// len of a buffered channel counts queued elements and cap is its buffer size;
// sends and receives on a buffered channel need no other goroutine while it has room.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	ch <- 3
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	close(ch)
	v, ok = <-ch
	fmt.Println(v, ok, len(ch))
	v, ok = <-ch
	fmt.Println(v, ok, len(ch), cap(ch))
	unbuf := make(chan bool)
	fmt.Println(len(unbuf), cap(unbuf))
}
