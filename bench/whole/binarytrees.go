// Whole program: allocate, walk and drop many binary trees.
//
// A long-lived tree of depth maxDepth stays while, for every even depth d
// from 4 to maxDepth, 2^(maxDepth-d+4) trees of depth d are built bottom-up
// and their nodes counted; then a tree of depth maxDepth+1 is checked once.
// Nothing but small pointerful allocations and the collector's work.
// Usage: run <scale> (scale 1000: maxDepth 18).
//
// bench: run
package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct{ left, right *node }

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	maxDepth := 18
	if scale < 1000 {
		maxDepth = 10
	}
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, build(maxDepth+1).count())
	long := build(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+4)
		check := 0
		for i := 0; i < iters; i++ {
			check += build(d).count()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, long.count())
}
