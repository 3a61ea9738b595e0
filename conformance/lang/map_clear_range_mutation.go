// clear removes all entries; deleting during range is allowed and deleted,
// unreached entries are not produced; values updated during range are seen.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i * i
	}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	// delete every key during the range: each entry produced is still present
	produced := 0
	allPresent := true
	for k := range m {
		if _, ok := m[k]; !ok {
			allPresent = false
		}
		produced++
		for j := 0; j < 10; j++ {
			delete(m, j)
		}
	}
	fmt.Println(produced, allPresent, len(m))
	// update values during range
	n := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range n {
		n[k] = v * 100
	}
	fmt.Println(n)
	// delete odd keys during range
	o := map[int]bool{}
	for i := 0; i < 20; i++ {
		o[i] = true
	}
	for k := range o {
		if k%2 == 1 {
			delete(o, k)
		}
	}
	fmt.Println(len(o), o[3], o[4])
	var nm map[int]int
	clear(nm) // no-op on nil map
	fmt.Println(nm == nil)
}
