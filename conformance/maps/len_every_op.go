// len(m) is the number of live entries after every kind of operation: insert, overwrite,
// op-assign, delete of present and missing keys, clear, and reads (which never insert).
package main

import "fmt"

func main() {
	m := map[int]int{}
	fmt.Print(len(m), " ")
	m[1] = 1
	fmt.Print(len(m), " ")
	m[1] = 2
	fmt.Print(len(m), " ")
	m[2]++
	fmt.Print(len(m), " ")
	m[3] += 0
	fmt.Print(len(m), " ")
	_ = m[4]
	fmt.Print(len(m), " ")
	_, _ = m[5]
	fmt.Print(len(m), " ")
	delete(m, 6)
	fmt.Print(len(m), " ")
	delete(m, 1)
	fmt.Print(len(m), " ")
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	fmt.Print(len(m), " ")
	for i := 0; i < 20; i += 3 {
		delete(m, i)
	}
	fmt.Print(len(m), " ")
	clear(m)
	fmt.Print(len(m), " ")
	m[0] = 0
	fmt.Println(len(m))
	lens := []int{}
	s := map[string]bool{}
	for _, w := range []string{"a", "b", "a", "c", "b", "d", "a"} {
		s[w] = true
		lens = append(lens, len(s))
	}
	fmt.Println(lens)
	var nm map[int]int
	fmt.Println(len(nm))
	const c = 3
	arr := [c]map[int]int{}
	fmt.Println(len(arr), len(arr[0]))
}
