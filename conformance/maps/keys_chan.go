// Channel values are comparable and usable as keys: each make(chan) is a distinct key,
// copies of one channel value find the same entry, and a nil channel is a key too.
package main

import "fmt"

func main() {
	c1 := make(chan int)
	c2 := make(chan int)
	c3 := make(chan int, 4)
	m := map[chan int]string{c1: "c1", c2: "c2"}
	m[c3] = "c3"
	alias := c1
	fmt.Println(len(m), m[alias], m[c2], m[c3])
	var nilc chan int
	m[nilc] = "nil"
	fmt.Println(len(m), m[nil])
	m[alias] = "c1 again"
	fmt.Println(len(m), m[c1])
	delete(m, c2)
	_, ok := m[c2]
	fmt.Println(len(m), ok)
	chans := make([]chan string, 20)
	cm := map[chan string]int{}
	for i := range chans {
		chans[i] = make(chan string)
		cm[chans[i]] = i
	}
	good := 0
	for i, c := range chans {
		if cm[c] == i {
			good++
		}
	}
	fmt.Println(len(cm), good)
	var ro <-chan int = c3
	rm := map[<-chan int]int{ro: 1}
	fmt.Println(rm[c3], rm[c1])
	im := map[any]int{c1: 1, c2: 2}
	fmt.Println(im[c1], im[c2], im[alias], len(im))
}
