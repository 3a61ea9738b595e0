// Pointer keys compare by address: distinct variables are distinct keys even with equal
// contents, and the same pointer finds the same entry; pointers are never printed.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	a, b := 1, 1
	m := map[*int]string{&a: "a", &b: "b"}
	fmt.Println(len(m), m[&a], m[&b])
	p := &a
	m[p] = "a2"
	fmt.Println(len(m), m[&a])
	var nilp *int
	m[nilp] = "nil"
	fmt.Println(len(m), m[nil])
	nodes := make([]*node, 50)
	nm := map[*node]int{}
	for i := range nodes {
		nodes[i] = &node{val: i}
		nm[nodes[i]] = i
	}
	same := 0
	for i, n := range nodes {
		if nm[n] == i {
			same++
		}
	}
	fmt.Println(len(nm), same)
	other := &node{val: 3}
	_, ok := nm[other]
	fmt.Println(ok)
	arr := [4]int{}
	em := map[*int]int{}
	for i := range arr {
		em[&arr[i]] = i * 10
	}
	fmt.Println(len(em), em[&arr[2]])
	s := arr[1:]
	fmt.Println(em[&s[0]], em[&s[2]])
	type pair struct{ x, y int }
	pr := &pair{}
	fm := map[*int]string{&pr.x: "x", &pr.y: "y"}
	fmt.Println(fm[&pr.x], fm[&pr.y])
	delete(nm, nodes[0])
	_, ok = nm[nodes[0]]
	fmt.Println(ok, len(nm))
}
