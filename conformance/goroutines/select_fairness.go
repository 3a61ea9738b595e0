// When several select cases are ready, gc picks one uniformly at random: over many
// rounds every ready case is chosen a fair share of the time.
package main

import "fmt"

func main() {
	const rounds = 10000
	a := make(chan int, 1)
	b := make(chan int, 1)
	var na, nb int
	for i := 0; i < rounds; i++ {
		if len(a) == 0 {
			a <- 1
		}
		if len(b) == 0 {
			b <- 2
		}
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println("two cases, total", na+nb)
	fmt.Println("each chosen at least 40%:", na >= rounds*4/10 && nb >= rounds*4/10)

	// Four ready cases, one of them a closed channel.
	cs := [3]chan int{make(chan int, 1), make(chan int, 1), make(chan int, 1)}
	closed := make(chan int)
	close(closed)
	var n [4]int
	for i := 0; i < rounds; i++ {
		for _, c := range cs {
			if len(c) == 0 {
				c <- 0
			}
		}
		select {
		case <-cs[0]:
			n[0]++
		case <-cs[1]:
			n[1]++
		case <-cs[2]:
			n[2]++
		case <-closed:
			n[3]++
		}
	}
	fair := true
	for _, k := range n {
		if k < rounds/5 {
			fair = false
		}
	}
	fmt.Println("four cases, total", n[0]+n[1]+n[2]+n[3])
	fmt.Println("each chosen at least 20%:", fair)

	// Ready send and receive cases are mixed fairly too; default is never taken.
	s := make(chan int, 1)
	r := make(chan int, 1)
	var ns, nr, nd int
	for i := 0; i < rounds; i++ {
		if len(s) == 1 {
			<-s
		}
		if len(r) == 0 {
			r <- 1
		}
		select {
		case s <- 1:
			ns++
		case <-r:
			nr++
		default:
			nd++
		}
	}
	fmt.Println("send/receive each at least 40%:", ns >= rounds*4/10 && nr >= rounds*4/10, "default:", nd)
}
