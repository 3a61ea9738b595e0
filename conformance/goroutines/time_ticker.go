// time.NewTicker delivers ticks periodically until Stop; Reset changes the period.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(5 * time.Millisecond)
	var last time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		t := <-tk.C
		if !last.IsZero() && !t.After(last) {
			increasing = false
		}
		last = t
	}
	tk.Stop()
	fmt.Println("5 ticks, increasing times:", increasing)
	fmt.Println("took at least 25ms:", time.Since(start) >= 25*time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	tk.Reset(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks after Reset:", n)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
}
