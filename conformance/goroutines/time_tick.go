// time.Tick returns a channel of periodic ticks; a bounded loop over it ends cleanly,
// and Tick of a non-positive duration returns nil.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	c := time.Tick(3 * time.Millisecond)
	count := 0
	for t := range c {
		count++
		if t.Before(start) {
			fmt.Println("tick before start")
		}
		if count == 4 {
			break
		}
	}
	fmt.Println("ticks:", count)
	fmt.Println("at least 12ms:", time.Since(start) >= 12*time.Millisecond)
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
	fmt.Println("Tick(-1) is nil:", time.Tick(-1) == nil)

	// A select loop with a ticker and a done channel.
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(done)
	}()
	tk := time.NewTicker(time.Millisecond)
	defer tk.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tk.C:
			ticks++
		case <-done:
			break loop
		}
	}
	fmt.Println("ticked before done:", ticks > 0)
}
