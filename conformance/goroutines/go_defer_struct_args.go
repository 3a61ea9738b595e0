// go and defer statements whose arguments are structs passed by value (the
// thunk's argument block holds them), in a program built from several C
// units (it imports strings and sync).
package main

import (
	"fmt"
	"strings"
	"sync"
)

type S struct {
	a, b int32
	name string
}

type Big struct {
	s    S
	vals [6]int64
}

func show(s S, n int32, b Big, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(strings.ToUpper(s.name), s.a+s.b+n, b.vals[5], b.s.name)
}

// A and D name the thunks (main__A__go1__env) before the structs they hold
func A(wg *sync.WaitGroup) {
	go show(S{1, 2, "go"}, 3, Big{S{0, 0, "inner"}, [6]int64{5: 42}}, wg)
}

func D() {
	var wg2 sync.WaitGroup
	wg2.Add(1)
	defer show(S{4, 5, "defer"}, 6, Big{vals: [6]int64{5: 7}}, &wg2)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	A(&wg)
	wg.Wait()
	D()
}
