// Map index expressions in tuple assignments: swapping two entries, assigning a key and a
// value in one statement, and comma-ok assignment into map elements.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	m["c"], m["d"] = 3, 4
	fmt.Println(m, len(m))
	k := "a"
	k, m[k] = "z", 100 // the index k is evaluated before the assignment
	fmt.Println(k, m)
	ok := map[string]bool{}
	var v int
	v, ok["found"] = m["c"]
	v, ok["lost"] = m["nope"]
	fmt.Println(v, ok)
	idx := map[int]int{}
	arr := []int{5, 6, 7}
	for i, x := range arr {
		idx[x], idx[-x] = i, -i
	}
	fmt.Println(idx)
	a, b := map[int]int{1: 1}, map[int]int{2: 2}
	a, b = b, a
	fmt.Println(a, b)
}
