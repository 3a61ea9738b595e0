// container/heap on a user IntHeap: Init, Push, Pop yield ascending order; Fix and
// Remove keep the heap invariant.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	fmt.Println("min:", (*h)[0])
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println("min:", (*h)[0], "len:", h.Len())
	(*h)[0] = 6
	heap.Fix(h, 0)
	removed := heap.Remove(h, 2)
	fmt.Println("removed an element:", removed != nil)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	// Heap sort of a larger permutation.
	big := &IntHeap{}
	for i := 0; i < 100; i++ {
		heap.Push(big, (i*37)%100)
	}
	ok := true
	for i := 0; i < 100; i++ {
		if heap.Pop(big).(int) != i {
			ok = false
		}
	}
	fmt.Println("heap sort ok:", ok)
}
