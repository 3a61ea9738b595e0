// Operands, call arguments and composite literal elements are evaluated left
// to right; function calls in an expression happen in lexical order.
package main

import "fmt"

var log []string

func v(name string, x int) int {
	log = append(log, name)
	return x
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(r, log)
	log = nil
	fmt.Println(three(v("x", 1), v("y", 2), v("z", 3)), log)
	log = nil
	s := []int{v("s0", 0), v("s1", 1), v("s2", 2)}
	m := map[int]int{v("k1", 1): v("v1", 10), v("k2", 2): v("v2", 20)}
	fmt.Println(s, m, log)
	log = nil
	arr := []int{5, 6, 7}
	arr[v("idx", 1)] = v("rhs", 60)
	fmt.Println(arr, log)
	log = nil
	_ = v("left", 1) < v("right", 2) && v("and", 3) > 0
	fmt.Println(log)
}
