// Ranging over a map while another goroutine writes it: "fatal error: concurrent map
// iteration and map write" (exit 2).
package main

import "fmt"

var sink int

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	fmt.Println("racing")
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	go func() {
		for {
			for k, v := range m {
				sink += k + v
			}
		}
	}()
	select {}
}
