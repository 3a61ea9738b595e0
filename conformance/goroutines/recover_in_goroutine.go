// defer/recover inside a goroutine stops that goroutine's panic; the program goes on,
// and a runtime error recovered there keeps its message.
package main

import (
	"fmt"
	"runtime"
)

func safe(id int, f func(), out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			_, rt := r.(runtime.Error)
			out <- fmt.Sprintf("goroutine %d recovered: %v (runtime error: %v)", id, r, rt)
			return
		}
		out <- fmt.Sprintf("goroutine %d finished", id)
	}()
	f()
}

func main() {
	out := make(chan string)
	go safe(1, func() { panic("explicit") }, out)
	fmt.Println(<-out)
	go safe(2, func() {
		var s []int
		i := 5
		_ = s[i]
	}, out)
	fmt.Println(<-out)
	go safe(3, func() {
		var m map[string]int
		m["x"] = 1
	}, out)
	fmt.Println(<-out)
	go safe(4, func() {}, out)
	fmt.Println(<-out)
	go safe(5, func() {
		a, b := 1, 0
		fmt.Println(a / b)
	}, out)
	fmt.Println(<-out)
	// recover in main does not see a goroutine's panic: each goroutine has its own.
	fmt.Println("main recover:", recover())
}
