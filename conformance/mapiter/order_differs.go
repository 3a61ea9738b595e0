// The iteration order is not fixed: for maps of 2 to 20 keys and a larger one, two
// consecutive range loops produce different orders at least once in 1000 tries.
package main

import "fmt"

func order(m map[int]int) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func check(n int) bool {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	prev := order(m)
	for try := 0; try < 1000; try++ {
		cur := order(m)
		if !equal(prev, cur) {
			return true
		}
		prev = cur
	}
	return false
}

func main() {
	for n := 2; n <= 20; n++ {
		fmt.Printf("n=%d orders differ: %v\n", n, check(n))
	}
	fmt.Printf("n=%d orders differ: %v\n", 1000, check(1000))
	one := map[string]int{"only": 1}
	same := true
	for try := 0; try < 100; try++ {
		for k := range one {
			if k != "only" {
				same = false
			}
		}
	}
	fmt.Println("single key always the same:", same)
}
