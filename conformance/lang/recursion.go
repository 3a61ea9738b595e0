// Direct recursion, mutual recursion between package functions, recursive
// methods on a binary tree, and recursion that nests other recursive calls.
package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(t *Node, v int) *Node {
	if t == nil {
		return &Node{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Node, out []int) []int {
	if t == nil {
		return out
	}
	out = walk(t.Left, out)
	out = append(out, t.Val)
	return walk(t.Right, out)
}

func main() {
	fmt.Println(fact(20), fact(21))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3))
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2, 6} {
		root = insert(root, v)
	}
	fmt.Println(walk(root, nil))
}
