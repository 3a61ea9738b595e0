// A pipeline of stages connected by channels keeps the order of values through every
// stage; closing the source shuts each stage down in turn.
package main

import "fmt"

func source(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range filterOdd(square(source(1, 2, 3, 4, 5, 6, 7))) {
		fmt.Println(v)
	}
	var in <-chan int = source(2)
	for i := 0; i < 3; i++ {
		in = square(in)
	}
	fmt.Println("2^8 =", <-in)
}
