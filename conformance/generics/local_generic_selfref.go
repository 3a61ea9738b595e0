// A generic type declared inside a generic function may use the function's
// type parameters and refer to itself with other type arguments; each
// instance of the function has its own instances of the type.
package main

import "fmt"

func build[N any](n N) {
	type node[x any, _ *N] struct {
		next  *node[x, *N]
		other *node[N, *N]
		val   x
	}
	b := &node[int, *N]{val: 3}
	b.other = &node[N, *N]{val: n}
	b.other.next = b.other
	c := *b.other
	s := make([]node[N, *N], 1)
	s = append(s, c)
	m := map[int]node[N, *N]{1: c}
	fmt.Println(len(s), m[1].val, s[1].val, b.val, c.next.val, c.other == nil)
	fmt.Printf("%T %T\n", b, c)
	var v any = c
	_, same := v.(node[N, *N])
	_, other := v.(node[int, *N])
	fmt.Println(same, other)
}

func main() {
	build("s")
	build(2.5)
}
