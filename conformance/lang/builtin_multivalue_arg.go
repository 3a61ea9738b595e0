// A builtin whose only argument is a multi-value call: copy(f()), append(f()),
// complex(f()), delete(f()), min/max of a generic pair.
package main

import "fmt"

func two() ([]int, []int)        { return make([]int, 3), []int{7, 8, 9, 10} }
func three() ([]string, string, string) { return []string{"a"}, "b", "c" }
func parts() (float64, float64)   { return 1.5, -2 }
func mk() (map[string]int, string) { return m, "x" }

var m = map[string]int{"x": 1, "y": 2}

func gen[T any](a, b T) (T, T) { return a, b }

func main() {
	fmt.Println(copy(two()))
	fmt.Println(append(three()))
	fmt.Println(complex(parts()))
	delete(mk())
	fmt.Println(m)
	fmt.Println(min(gen(3, 1)), max(gen("p", "q")))
	s := append(three())
	fmt.Println(len(s), cap(s) >= 3)
}
