// runtime.Goexit in main runs main's defers and waits for the other goroutines; when
// none remains the program dies with "no goroutines (main called runtime.Goexit)".
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("other goroutine ran after main's Goexit")
	}()
	defer close(done)
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
