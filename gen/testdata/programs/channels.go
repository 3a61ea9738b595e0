package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func worker(id int, jobs <-chan int, results chan<- string, done chan struct{}) {
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id%1, j*j)
	}
	done <- struct{}{}
}

type Msg struct {
	ID   int
	Body string
}

func main() {
	c := make(chan int)
	go producer(5, c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("sum", sum)

	jobs := make(chan int, 10)
	results := make(chan string, 10)
	done := make(chan struct{})
	for w := 0; w < 3; w++ {
		go worker(w, jobs, results, done)
	}
	for i := 1; i <= 6; i++ {
		jobs <- i
	}
	close(jobs)
	for w := 0; w < 3; w++ {
		<-done
	}
	close(results)
	total := 0
	for r := range results {
		total += len(r)
	}
	fmt.Println("total", total)

	buf := make(chan Msg, 2)
	buf <- Msg{1, "a"}
	fmt.Println(len(buf), cap(buf))
	select {
	case m := <-buf:
		fmt.Println("got", m.ID, m.Body)
	default:
		fmt.Println("none")
	}
	select {
	case m, ok := <-buf:
		fmt.Println("got", m, ok)
	default:
		fmt.Println("none")
	}
	select {
	case buf <- Msg{2, "b"}:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		quit <- true
	}()
	count := 0
loop:
	for {
		select {
		case v := <-data:
			count += v + 1
		case <-quit:
			break loop
		}
	}
	fmt.Println("count", count)
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println(v)
	default:
		fmt.Println("nil chan not ready")
	}
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	v, ok = <-buf
	fmt.Println(v, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	close(buf)
}
