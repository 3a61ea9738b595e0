// sync.Once runs its function exactly once even when many goroutines call Do; Do
// returns only after the function has finished. OnceFunc/OnceValue wrap the same idea.
package main

import (
	"fmt"
	"sync"
)

var config map[string]int

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls++
				config = map[string]int{"workers": 4}
			})
			if config["workers"] != 4 {
				panic("Do returned before initialization finished")
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls, "config:", config)
	once.Do(func() { fmt.Println("never") })

	// A panicking function still counts as done.
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("first") })
	}()
	o2.Do(func() { fmt.Println("never either") })
	fmt.Println("second Do skipped")

	n := 0
	f := sync.OnceFunc(func() { n++ })
	f()
	f()
	fmt.Println("OnceFunc ran", n, "time(s)")
	v := sync.OnceValue(func() int { n += 10; return n })
	fmt.Println(v(), v(), n)
	vs := sync.OnceValues(func() (string, error) { return "ok", nil })
	s, err := vs()
	fmt.Println(s, err)
}
