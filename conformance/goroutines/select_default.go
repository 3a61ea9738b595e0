// select with a default case never blocks: it takes a ready case, or default when none
// is ready.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case v := <-c:
			fmt.Println("received", v)
		default:
			fmt.Println("nothing to receive")
			c <- i
		}
	}
	select {
	case c <- 99:
		fmt.Println("sent 99")
	default:
		fmt.Println("full, default")
	}
	fmt.Println(<-c)
	select {
	case c <- 99:
		fmt.Println("sent 99")
	default:
		fmt.Println("full, default")
	}
	u := make(chan int)
	select {
	case u <- 1:
		fmt.Println("unbuffered send without receiver")
	default:
		fmt.Println("no receiver, default")
	}
	select {
	default:
		fmt.Println("only default")
	}
}
