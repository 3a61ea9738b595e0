// Goroutine stacks grow as deep as the recursion goes (gc: up to 1 GB): four
// goroutines 10^5 frames deep at once, parked at the bottom while the collector
// runs, their nodes referenced only from their frames; recursion through a
// closure, an interface and a deferring function in goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	parent *node
	val    int
	pad    [3]int
}

// descend allocates a node per frame on the way down, waits at the bottom,
// and checks every node on the way back up.
func descend(n int, parent *node, bottom func()) int {
	if n == 0 {
		bottom()
		return 0
	}
	nd := &node{parent: parent, val: n}
	r := descend(n-1, nd, bottom)
	if nd.val != n || (parent != nil && parent.val != n+1) {
		return -1 << 40
	}
	return r + nd.val
}

type walker interface{ walk(n int) int }

type ping struct{ other walker }
type pong struct{ other walker }

func (p *ping) walk(n int) int {
	if n == 0 {
		return 0
	}
	return p.other.walk(n-1) + 1
}

func (p *pong) walk(n int) int {
	if n == 0 {
		return 0
	}
	var local [8]int
	local[n%8] = n
	return p.other.walk(n-1) + local[n%8] - n + 2
}

var deferred int

func deferring(n int, mu *sync.Mutex) {
	if n == 0 {
		return
	}
	defer func() {
		mu.Lock()
		deferred++
		mu.Unlock()
	}()
	deferring(n-1, mu)
}

func main() {
	const G, depth = 4, 100000
	var atBottom, done sync.WaitGroup
	release := make(chan struct{})
	results := make([]int, G)
	atBottom.Add(G)
	done.Add(G)
	for i := 0; i < G; i++ {
		go func(i int) {
			defer done.Done()
			results[i] = descend(depth-i, nil, func() {
				atBottom.Done()
				<-release
			})
		}(i)
	}
	atBottom.Wait()
	// every goroutine is parked 10^5 frames deep: collect, and reuse what a
	// collection that missed their frames would have freed
	runtime.GC()
	var junk []*node
	for i := 0; i < 200000; i++ {
		junk = append(junk, &node{val: -i})
	}
	runtime.GC()
	junk = nil
	close(release)
	done.Wait()
	for i, r := range results {
		n := depth - i
		fmt.Println("descend", n, r, r == n*(n+1)/2)
	}

	out := make(chan int)
	go func() {
		var down func(n int) int
		down = func(n int) int {
			if n == 0 {
				return 0
			}
			return down(n-1) + 1
		}
		out <- down(100000)
	}()
	fmt.Println("closure", <-out)

	go func() {
		a, b := &ping{}, &pong{}
		a.other, b.other = b, a
		out <- a.walk(100000)
	}()
	fmt.Println("interface", <-out)

	var mu sync.Mutex
	go func() {
		deferring(10000, &mu)
		out <- 0
	}()
	<-out
	fmt.Println("deferred", deferred)
}
