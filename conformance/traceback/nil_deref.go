// A nil pointer dereference panics with a traceback through the method
// that dereferenced and its callers.
package main

type Node struct {
	next *Node
	val  int
}

//go:noinline
func (n *Node) second() int {
	return n.next.val
}

//go:noinline
func walk(n *Node) int {
	return n.second()
}

func main() {
	n := &Node{val: 1}
	println(walk(n))
}
