// Maps are reference values: a map passed to a function is the same map, so
// writes and deletes inside the callee are visible to the caller; reassigning the parameter is not.
package main

import "fmt"

func add(m map[string]int, k string, v int) { m[k] = v }

func del(m map[string]int, k string) { delete(m, k) }

func replace(m map[string]int) {
	m = map[string]int{"new": 1}
	m["other"] = 2
}

func build() map[string]int {
	m := make(map[string]int)
	m["built"] = 7
	return m
}

func main() {
	m := map[string]int{"a": 1}
	add(m, "b", 2)
	add(m, "a", 10)
	fmt.Println(m, len(m))
	del(m, "b")
	fmt.Println(m, len(m))
	replace(m)
	fmt.Println(m, len(m))
	r := build()
	r["x"] = 1
	fmt.Println(r, len(r))
	var f func(map[string]int) = add2
	f(m)
	fmt.Println(m)
}

func add2(m map[string]int) {
	for i := 0; i < 3; i++ {
		m[fmt.Sprint("k", i)] = i * i
	}
}
