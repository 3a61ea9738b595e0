// make creates slices (len, cap), maps (with optional hint) and channels;
// new allocates a zeroed value of any type and returns its address.
package main

import "fmt"

type P struct {
	X int
	S []string
}

var sink any

func main() {
	s := make([]string, 2, 5)
	sink = s
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	z := make([]float64, 0)
	fmt.Println(z == nil, len(z))
	m := make(map[string][]int, 100)
	m["a"] = append(m["a"], 1)
	fmt.Println(m, len(m))
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch), ch != nil)
	p := new(P)
	fmt.Println(p.X, p.S == nil, *p)
	pi := new(int)
	pa := new([3]bool)
	pm := new(map[string]int)
	fmt.Println(*pi, *pa, *pm == nil)
	size := 4
	dyn := make([]int, size, size*2)
	sink = dyn
	fmt.Println(len(dyn), cap(dyn))
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	_ = make([]int, neg)
}
