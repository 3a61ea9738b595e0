// Generic range-over-func iterators: functions returning func(yield func(T)
// bool) and func(yield func(K, V) bool), adapters composing them, and early exit.
package main

import "fmt"

func Values[T any](s []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](seq func(func(T) bool)) func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Map[T, U any](seq func(func(T) bool), f func(T) U) func(func(U) bool) {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq func(func(T) bool), n int) func(func(T) bool) {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func Collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func Naturals(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for i, s := range Enumerate(Values([]string{"a", "b", "c"})) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	sq := Map(Naturals, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Printf("%q\n", Collect(Take(sq, 5)))
	for i, v := range Enumerate(Naturals) {
		if i == 3 {
			fmt.Println("stop at", v)
			break
		}
	}
	fmt.Println(len(Collect(Take(Values([]int{1, 2}), 0))))
}
