// Range over a slice evaluates the slice once (appending inside the loop does
// not extend it), range over an array value iterates a copy, over the index only skips values.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		if i == 0 {
			s[1] = 99 // s was reallocated: the range sees its own copy of the old header
		}
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 300 // same backing array: visible
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // copy of arr
		if i == 0 {
			arr[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
	var nilS []string
	for range nilS {
		fmt.Println("never")
	}
	var last int
	for last = range []int{5, 6, 7} { // assignment form with existing var
	}
	fmt.Println(last)
	words := []string{"a", "b"}
	for _, w := range words {
		w += "!"
		_ = w
	}
	fmt.Println(words)
}
