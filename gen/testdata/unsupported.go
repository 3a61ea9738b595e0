package main

import "fmt"

func main() {
	ch := make(chan int) // ERROR: unsupported: make(chan int)
	go func() { ch <- 1 }() // ERROR: unsupported: go statement
	select {} // ERROR: unsupported: select statement
	fmt.Println("unreachable")
}
