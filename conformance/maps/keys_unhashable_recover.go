// An interface key whose dynamic type is not comparable panics with
// "runtime error: hash of unhashable type T" on write, read and delete, even on empty maps.
package main

import "fmt"

type withSlice struct{ s []int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		} else {
			fmt.Println(name, "-> ok")
		}
	}()
	f()
}

func main() {
	m := map[any]int{"ok": 1}
	try("write slice", func() { m[[]int{1}] = 1 })
	try("read map", func() { _ = m[map[string]int{}] })
	try("delete func", func() { delete(m, func() {}) })
	try("struct with slice", func() { m[withSlice{}] = 1 })
	try("array of slices", func() { m[[1][]int{}] = 1 })
	var empty map[any]int
	try("nil map read", func() { _ = empty[[]string{"x"}] })
	try("nil map comma-ok", func() { _, _ = empty[[]byte("x")] })
	try("nil map delete", func() { delete(empty, []int{}) })
	try("hashable", func() { m[[1]int{1}] = 2 })
	try("nested any", func() { m[[1]any{[]int{}}] = 3 })
	fmt.Println(len(m), m["ok"])
}
