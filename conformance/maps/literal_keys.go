// Map literals: constant keys of several kinds, keys and values computed at run time,
// elided composite key and value types, and later runtime duplicates overwriting earlier ones.
package main

import "fmt"

type pt struct{ X, Y int }

func key(s string) string { return s + s }

func main() {
	a := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(a), a)
	b := map[int]string{-1: "m", 0: "z", 1 << 40: "big"}
	fmt.Println(b)
	x, y := "x", "y"
	c := map[string]int{x: 1, y: 2, key(x): 3, "const": 4}
	fmt.Println(len(c), c)
	d := map[pt]string{{1, 2}: "a", {Y: 5}: "b"}
	fmt.Println(d)
	e := map[string]pt{"p": {3, 4}, "q": {}}
	fmt.Println(e)
	f := map[[2]string][]int{{"a", "b"}: {1, 2}, {}: nil}
	fmt.Println(f, len(f))
	g := map[string]*pt{"p": {7, 8}}
	fmt.Println(*g["p"])
	k1, k2 := 5, 5
	h := map[int]string{k1: "first", k2: "second"}
	fmt.Println(len(h), h)
	i := map[bool]int{x == y: 0, x != y: 1}
	fmt.Println(i)
	j := map[float64]string{1.5: "a", 2: "b", 1e100: "c"}
	fmt.Println(j)
	k := map[rune]byte{'a': 'A', 'ö': 0xd6}
	fmt.Println(k)
	l := map[any]int{"s": 1, 2: 2, 3.5: 3}
	fmt.Println(len(l), l["s"], l[2], l[3.5])
	empty := map[int]int{}
	fmt.Println(empty == nil, len(empty))
	n := map[string]map[string]int{"outer": {"inner": 1}}
	fmt.Println(n)
	counter := 0
	next := func() int { counter++; return counter }
	o := map[int]int{next(): next(), next(): next()}
	fmt.Println(o, counter)
}
