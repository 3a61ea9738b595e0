// Two goroutines writing one map without synchronization: gc's map detects it and dies
// with "fatal error: concurrent map writes" (exit 2), reported exactly once.
// (With GOMAXPROCS(1) a writer can only be interrupted inside a map write where it may
// park, so the other writer is the only one that can notice; with two Ps both writers
// can notice at once and gc then prints the line twice, about 1 run in 8.)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	m := make(map[int]int)
	fmt.Println("racing")
	for g := 0; g < 2; g++ {
		go func() {
			for i := g; ; i += 2 {
				m[i] = i
			}
		}()
	}
	select {}
}
