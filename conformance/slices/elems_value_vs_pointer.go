// []T stores copies of values while []*T stores pointers: copying a []T element
// into a variable detaches it; all []*T copies share the same pointees.
package main

import "fmt"

type item struct{ n int }

func main() {
	vals := []item{{1}, {2}}
	v := vals[0]
	v.n = 100
	vals[1].n = 200
	fmt.Println("vals:", vals, "v:", v)

	ptrs := []*item{{1}, {2}}
	p := ptrs[0]
	p.n = 100
	other := make([]*item, 2)
	copy(other, ptrs)
	other[1].n = 200
	fmt.Println("ptrs:", *ptrs[0], *ptrs[1], "other:", *other[0], *other[1])

	for _, it := range vals {
		it.n = -1
	}
	for _, it := range ptrs {
		it.n = -1
	}
	fmt.Println("after range:", vals, *ptrs[0], *ptrs[1])
}
