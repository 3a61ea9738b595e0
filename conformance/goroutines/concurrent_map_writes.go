// Two goroutines writing one map without synchronization (one assigns, one clears):
// gc's map detects it and dies with "fatal error: concurrent map writes" (exit 2).
// (Two assigning goroutines can both detect the race and print the line twice; a
// writer racing with clear is reported exactly once.)
package main

import "fmt"

func main() {
	m := make(map[int]int)
	fmt.Println("racing")
	go func() {
		for i := 0; ; i++ {
			m[i%1000] = i
		}
	}()
	go func() {
		for {
			clear(m)
		}
	}()
	select {}
}
