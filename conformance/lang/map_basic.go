// Basic map use: literals, lookup of missing keys gives the zero value,
// comma-ok, delete (also of missing keys), len, nil map reads, and maps as references.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(m), m["two"], m["four"])
	v, ok := m["three"]
	w, ok2 := m["zero"]
	fmt.Println(v, ok, w, ok2)
	m["four"] = 4
	m["one"] += 10
	delete(m, "two")
	delete(m, "missing")
	fmt.Println(m, len(m))
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	delete(nilmap, "x")
	for range nilmap {
		fmt.Println("unreachable")
	}
	alias := m
	alias["five"] = 5
	fmt.Println(len(m), m["five"])
	add(m)
	fmt.Println(m["added"])
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["a"] = append(nested["a"], 3)
	fmt.Println(nested)
	if _, found := m["one"]; found {
		fmt.Println("found one")
	}
}

func add(m map[string]int) { m["added"] = 42 }
