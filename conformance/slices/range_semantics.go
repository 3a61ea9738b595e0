// range over a slice evaluates the slice once: appending during the loop does
// not add iterations, but element writes ahead of the cursor are seen.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| len now", len(s))
	t := []int{1, 2, 3}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] = v * 10
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	n := 0
	var nilS []int
	for range nilS {
		n++
	}
	fmt.Println("nil iterations:", n)
	u := []int{5, 6, 7}
	for i := range u {
		u = u[:1]
		fmt.Print(i, " ")
	}
	fmt.Println(len(u))
}
