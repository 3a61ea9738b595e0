// time.Sleep blocks for at least the given duration; Since/Sub/Until measure it; a
// sleeping goroutine lets others run.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 30ms:", el >= 30*time.Millisecond)
	fmt.Println("Sub agrees:", time.Now().Sub(start) >= el)
	fmt.Println("zero and negative sleeps return:", func() bool {
		time.Sleep(0)
		time.Sleep(-time.Second)
		return true
	}())

	// Goroutines sleeping for different times wake in order of their durations.
	out := make(chan int, 3)
	for _, ms := range []int{300, 10, 150} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}()
	}
	fmt.Println(<-out, <-out, <-out)

	deadline := time.Now().Add(200 * time.Millisecond)
	fmt.Println("Until is positive:", time.Until(deadline) > 0)
	time.Sleep(time.Until(deadline))
	fmt.Println("deadline passed:", !time.Now().Before(deadline))
}
