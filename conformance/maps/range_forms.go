// All forms of range over a map (key only, key and value, blank key, no variables)
// iterate once per entry; the value variable is a copy and assigning it changes nothing.
package main

import "fmt"

func sortedInts(xs []int) []int {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}

func main() {
	m := map[int]int{1: 10, 2: 20, 3: 30, 4: 40}
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	fmt.Println(sortedInts(keys))
	var vals []int
	for _, v := range m {
		vals = append(vals, v)
	}
	fmt.Println(sortedInts(vals))
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
	sum := 0
	for k, v := range m {
		sum += k * v
		v = 0
		_ = v
	}
	fmt.Println(sum, m)
	var k, v int
	count := 0
	for k, v = range m {
		count++
	}
	fmt.Println(count, k*10 == v)
	type box struct{ n int }
	bm := map[string]box{"a": {1}, "b": {2}}
	for _, b := range bm {
		b.n = 100
	}
	fmt.Println(bm)
	pm := map[string]*box{"a": {1}, "b": {2}}
	for _, b := range pm {
		b.n *= 100
	}
	fmt.Println(*pm["a"], *pm["b"])
	funcs := []func() int{}
	for k := range m {
		funcs = append(funcs, func() int { return k })
	}
	got := []int{}
	for _, f := range funcs {
		got = append(got, f())
	}
	fmt.Println(sortedInts(got))
}
