// Variadic functions receive a slice; calling with s... passes the slice
// itself (no copy, so writes are visible), with no arguments the slice is nil.
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...any) string {
	return fmt.Sprint(prefix, len(vals), vals == nil, vals)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(info("a"), info("b", 1, "x"), info("c", nil))
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(7, 8)
	anys := []any{1, 2}
	fmt.Println(info("d", anys...))
	fmt.Println(info("e", anys)) // one argument: the slice itself
	var nilS []int
	fmt.Println(sum(nilS...))
	f := fmt.Sprintln
	fmt.Print(f("via", "value", 3))
}
