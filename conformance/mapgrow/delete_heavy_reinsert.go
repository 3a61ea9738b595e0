// Delete-heavy workloads: fill a map, delete almost everything, then reinsert new and old
// keys; maps never shrink but stay correct, and deleted keys stay absent.
package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 20000; i++ {
		m[i] = "a"
	}
	for i := 0; i < 20000; i++ {
		if i%1000 != 0 {
			delete(m, i)
		}
	}
	fmt.Println(len(m))
	present := 0
	for i := 0; i < 20000; i++ {
		if _, ok := m[i]; ok {
			present++
		}
	}
	fmt.Println(present)
	for i := 20000; i < 30000; i++ {
		m[i] = "b"
	}
	for i := 1; i < 20000; i += 2 {
		m[i] = "c"
	}
	counts := map[string]int{}
	for _, v := range m {
		counts[v]++
	}
	fmt.Println(len(m), counts)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	for i := 0; i < 100; i++ {
		m[i*i] = "d"
	}
	fmt.Println(len(m), m[81], m[80] == "")
}
