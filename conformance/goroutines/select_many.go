// A select over many channels receives every value sent on any of them; per channel
// the values arrive in send order.
package main

import "fmt"

func main() {
	var cs [8]chan int
	for i := range cs {
		cs[i] = make(chan int)
		go func(id int, c chan<- int) {
			for k := 0; k < 50; k++ {
				c <- id*1000 + k
			}
			close(c)
		}(i, cs[i])
	}
	var next [8]int
	inOrder := true
	total, open := 0, 8
	for open > 0 {
		var v int
		var ok bool
		var from int
		select {
		case v, ok = <-cs[0]:
			from = 0
		case v, ok = <-cs[1]:
			from = 1
		case v, ok = <-cs[2]:
			from = 2
		case v, ok = <-cs[3]:
			from = 3
		case v, ok = <-cs[4]:
			from = 4
		case v, ok = <-cs[5]:
			from = 5
		case v, ok = <-cs[6]:
			from = 6
		case v, ok = <-cs[7]:
			from = 7
		}
		if !ok {
			cs[from] = nil
			open--
			continue
		}
		if v != from*1000+next[from] {
			inOrder = false
		}
		next[from]++
		total++
	}
	fmt.Println("received:", total)
	fmt.Println("per-channel order kept:", inOrder)
	fmt.Println("counts:", next)
}
