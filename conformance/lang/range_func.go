// Range over function iterators (Go 1.23): func(yield func() bool),
// func(yield func(V) bool) and func(yield func(K, V) bool).
package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

type List struct {
	vals []int
}

func (l *List) All(yield func(int, int) bool) {
	for i, v := range l.vals {
		if !yield(i, v) {
			return
		}
	}
}

func main() {
	for v := range countTo(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range pairs([]string{"a", "b", "c"}) {
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
	n := 0
	for range times(4) {
		n++
	}
	fmt.Println(n)
	l := &List{[]int{10, 20, 30}}
	total := 0
	for i, v := range l.All {
		total += i * v
	}
	fmt.Println(total)
	for i := range pairs([]string{"p", "q"}) {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
