// After close, a receive drains the buffered values with ok == true, then yields the
// zero value with ok == false forever.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}
	fmt.Println(len(c), cap(c))

	u := make(chan string)
	go func() { u <- "hello"; close(u) }()
	s, ok := <-u
	fmt.Printf("%q %v\n", s, ok)
	s, ok = <-u
	fmt.Printf("%q %v\n", s, ok)

	p := make(chan *int)
	close(p)
	ptr, ok := <-p
	fmt.Println(ptr == nil, ok)

	// A closed channel is always ready in select.
	select {
	case v, ok := <-c:
		fmt.Println("closed case", v, ok)
	default:
		fmt.Println("default")
	}
}
