// A size hint only preallocates: a map made with a hint holds exactly what is inserted,
// and grows normally past the hint.
package main

import "fmt"

func check(hint, n int) bool {
	m := make(map[int]string, hint)
	for i := 0; i < n; i++ {
		m[i] = fmt.Sprint(i)
	}
	if len(m) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if m[i] != fmt.Sprint(i) {
			return false
		}
	}
	c := 0
	for range m {
		c++
	}
	return c == n
}

func main() {
	for _, h := range []int{0, 8, 9, 100, 1000, 5000} {
		fmt.Println(h, check(h, 0), check(h, h/2), check(h, h), check(h, 2*h+20))
	}
	m := make(map[int]int, 1000)
	m[1] = 1
	fmt.Println(len(m), m)
}
