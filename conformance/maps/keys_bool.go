// Bool keys: a map can hold at most two entries, false and true.
package main

import "fmt"

func main() {
	m := map[bool]int{}
	for i := 0; i < 10; i++ {
		m[i%3 == 0] += i
	}
	fmt.Println(len(m), m[true], m[false], m)
	delete(m, true)
	fmt.Println(len(m), m)
	_, ok := m[true]
	fmt.Println(ok)
	cmp := map[bool]string{1 < 2: "yes", 1 > 2: "no"}
	fmt.Println(cmp[true], cmp[false])
	counts := map[bool][]int{}
	for i := 0; i < 6; i++ {
		counts[i%2 == 0] = append(counts[i%2 == 0], i)
	}
	fmt.Println(counts)
}
