// A nil channel in select is never ready; setting a closed channel's variable to nil
// disables its case, the usual way to merge two channels.
package main

import "fmt"

func emit(vals ...int) chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("nil receive", v)
	case nilc <- 1:
		fmt.Println("nil send")
	default:
		fmt.Println("nil channels are never ready")
	}

	a := emit(1, 2, 3)
	b := emit(10, 20)
	sum, count, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("closed channels seen:", closed)
	fmt.Println("merged", count, "values, sum", sum)
}
