// A panic in the body of a range-over-func loop propagates out through the
// iterator function, running the iterator's deferred calls, and can be recovered by the caller.
package main

import "fmt"

func gen(yield func(int) bool) {
	defer fmt.Println("iterator cleanup")
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func consume() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for v := range gen {
		fmt.Println("got", v)
		if v == 2 {
			panic(fmt.Sprint("bad value ", v))
		}
	}
	return nil
}

func main() {
	fmt.Println(consume())
}
