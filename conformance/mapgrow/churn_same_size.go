// Insert/delete churn: a map kept small while many distinct keys pass through it builds up
// overflow buckets (same-size growth); contents and len stay exact throughout.
package main

import "fmt"

func main() {
	m := map[int]int{}
	const live = 50
	bad := 0
	for i := 0; i < 200000; i++ {
		m[i] = i * 2
		if i >= live {
			delete(m, i-live)
		}
		if i%10007 == 0 {
			lo := i - live + 1
			if lo < 0 {
				lo = 0
			}
			for j := lo; j <= i; j++ {
				if m[j] != j*2 {
					bad++
				}
			}
			if _, ok := m[lo-1]; ok && lo > 0 {
				bad++
			}
		}
	}
	fmt.Println(len(m), bad)
	sum := 0
	for k, v := range m {
		if v != 2*k {
			bad++
		}
		sum += k
	}
	fmt.Println(sum, bad)
	s := map[string]bool{}
	for i := 0; i < 50000; i++ {
		k := fmt.Sprint(i)
		s[k] = true
		delete(s, k)
	}
	fmt.Println(len(s))
	s["x"] = true
	fmt.Println(len(s), s)
}
