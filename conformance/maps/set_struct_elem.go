// A map with zero-size struct{} elements works as a set: membership with comma-ok,
// union and intersection, len, and deletion.
package main

import "fmt"

type set map[string]struct{}

func (s set) add(xs ...string) {
	for _, x := range xs {
		s[x] = struct{}{}
	}
}

func (s set) has(x string) bool {
	_, ok := s[x]
	return ok
}

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func main() {
	a, b := set{}, set{}
	a.add("x", "y", "z", "x")
	b.add("y", "z", "w")
	fmt.Println(len(a), len(b), a.has("x"), b.has("x"))
	u, in := set{}, set{}
	for k := range a {
		u.add(k)
		if b.has(k) {
			in.add(k)
		}
	}
	for k := range b {
		u.add(k)
	}
	fmt.Println(u.sorted(), in.sorted())
	delete(u, "w")
	fmt.Println(u.sorted(), len(u))
	fmt.Println(a)
	bs := map[int]bool{}
	for i := 0; i < 1000; i++ {
		bs[i*i%97] = true
	}
	fmt.Println(len(bs))
	z := map[[0]int]struct{}{}
	z[[0]int{}] = struct{}{}
	fmt.Println(len(z), z)
}
