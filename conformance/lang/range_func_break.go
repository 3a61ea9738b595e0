// Breaking out of a range-over-func loop (break, return, labeled continue)
// makes yield return false; the iterator observes it and stops.
package main

import "fmt"

func numbers(log *[]string) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < 10; i++ {
			if !yield(i) {
				*log = append(*log, fmt.Sprint("stopped at ", i))
				return
			}
		}
		*log = append(*log, "completed")
	}
}

func find(target int, log *[]string) bool {
	for v := range numbers(log) {
		if v == target {
			return true
		}
	}
	return false
}

func main() {
	var log []string
	for v := range numbers(&log) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for v := range numbers(&log) {
		if v%2 == 0 {
			continue
		}
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(find(5, &log), find(50, &log))
outer:
	for i := range 3 {
		for v := range numbers(&log) {
			if v > i {
				continue outer
			}
		}
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
