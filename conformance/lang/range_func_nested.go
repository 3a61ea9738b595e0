// Nested range-over-func loops, iterators built from other iterators, and a
// break to an outer label from an inner iterator loop stopping both iterators.
package main

import "fmt"

func seq(lo, hi int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func filter(it func(func(int) bool), pred func(int) bool) func(func(int) bool) {
	return func(yield func(int) bool) {
		for v := range it {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func mapped(it func(func(int) bool), f func(int) int) func(func(int) bool) {
	return func(yield func(int) bool) {
		it(func(v int) bool { return yield(f(v)) })
	}
}

func main() {
	for i := range seq(1, 4) {
		for j := range seq(i, 4) {
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	evens := filter(seq(0, 20), func(v int) bool { return v%2 == 0 })
	sq := mapped(evens, func(v int) int { return v * v })
	for v := range sq {
		if v > 150 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	found := 0
search:
	for a := range seq(1, 20) {
		for b := range seq(a, 20) {
			if a*b == 42 && a+b == 13 {
				found = a*100 + b
				break search
			}
		}
	}
	fmt.Println(found)
}
