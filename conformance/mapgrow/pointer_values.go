// Growing maps with pointer values (and garbage created meanwhile): every pointer still
// refers to its own object after many doublings and deletions.
package main

import "fmt"

type node struct {
	id   int
	name string
	kids []*node
}

var sink []*node

func main() {
	m := map[int]*node{}
	for i := 0; i < 50000; i++ {
		n := &node{id: i, name: fmt.Sprint("n", i)}
		if i > 0 {
			n.kids = []*node{m[i-1]}
		}
		m[i] = n
		if i%100 == 0 {
			sink = make([]*node, 1000) // garbage
		}
	}
	bad := 0
	for k, v := range m {
		if v.id != k || v.name != fmt.Sprint("n", k) {
			bad++
		}
		if k > 0 && (len(v.kids) != 1 || v.kids[0].id != k-1) {
			bad++
		}
	}
	fmt.Println(len(m), bad)
	for i := 0; i < 50000; i += 3 {
		delete(m, i)
	}
	chain := 0
	for n := m[49999]; n != nil && chain < 100; n = n.kids[0] {
		chain++
	}
	fmt.Println(len(m), chain)
	sm := map[string][]string{}
	for i := 0; i < 3000; i++ {
		k := fmt.Sprint(i % 700)
		sm[k] = append(sm[k], fmt.Sprint(i))
	}
	total := 0
	for _, v := range sm {
		total += len(v)
	}
	fmt.Println(len(sm), total, sm["5"])
}
