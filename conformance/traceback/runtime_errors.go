// A runtime error's traceback starts at the Go frame that faulted (the
// runtime's own frames are hidden), here an index out of range in a method
// called through an interface (the wrapper is not shown).
package main

type Lister interface{ At(i int) int }

type L struct{ xs []int }

//go:noinline
func (l L) At(i int) int {
	return l.xs[i]
}

//go:noinline
func use(x Lister, i int) int {
	return x.At(i) + 1
}

func main() {
	l := L{[]int{1, 2, 3}}
	println(use(l, 1))
	println(use(&l, 5))
}
