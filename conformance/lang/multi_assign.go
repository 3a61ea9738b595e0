// Tuple assignment evaluates all index expressions and operands on the left
// and right first, then assigns left to right: swaps, rotations and a[i], i = ... forms.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i := 0
	i, s[i] = 2, 99 // s[i] uses i before assignment: s[0]
	fmt.Println(i, s)
	arr := [3]int{1, 2, 3}
	j := 1
	arr[j], j = 50, 0
	fmt.Println(arr, j)
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	fmt.Println(m, k)
	// fibonacci via parallel assignment
	f0, f1 := 0, 1
	for range 10 {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0, f1)
	// pointer dereferences on the left are evaluated first too
	p := &a
	q := &b
	*p, *q = *q, *p
	fmt.Println(a, b)
	t := []int{1, 2, 3}
	t, t[0] = []int{7, 8}, 100 // t[0] refers to the old slice
	fmt.Println(t)
}
