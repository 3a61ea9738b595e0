// Appending through a *[]T updates the caller's slice header, unlike appending to
// a slice parameter; a method on a named slice type with a pointer receiver too.
package main

import "fmt"

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }

func (s *stack) pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func add(p *[]int, v int) { *p = append(*p, v) }

func addValue(s []int, v int) { s = append(s, v); _ = s }

func main() {
	var s []int
	add(&s, 1)
	add(&s, 2)
	addValue(s, 3)
	fmt.Println(s, len(s))
	var st stack
	for i := 1; i <= 4; i++ {
		st.push(i * 10)
	}
	fmt.Println(st.pop(), st.pop(), st, len(st))
}
