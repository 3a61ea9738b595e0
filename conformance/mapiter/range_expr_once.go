// The map expression of a range loop is evaluated once: reassigning the variable inside
// the loop does not change which map is iterated, while writes to the old map still count.
package main

import "fmt"

var calls int

func get(m map[int]int) map[int]int {
	calls++
	return m
}

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	n := 0
	for range get(m) {
		n++
	}
	fmt.Println(n, calls)
	orig := m
	count := 0
	for k := range m {
		m = map[int]int{100: 100}
		count++
		_ = k
	}
	fmt.Println(count, len(orig), len(m))
	var nm map[string]int
	for range nm {
		fmt.Println("never")
	}
	p := &orig
	seen := 0
	for k, v := range *p {
		seen += k * v
		*p = nil
	}
	fmt.Println(seen, orig == nil)
}
