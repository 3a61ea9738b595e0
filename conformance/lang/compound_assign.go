// Compound assignment operators (+= -= *= /= %= &= |= ^= <<= >>= &^=) on
// ints, floats, strings and through index/field/pointer operands evaluated once.
package main

import "fmt"

type S struct{ N int }

var idxCalls int

func idx() int {
	idxCalls++
	return 1
}

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	b := 0b1100
	b &= 0b1010
	fmt.Print(b, " ")
	b |= 0b0001
	fmt.Print(b, " ")
	b ^= 0b1111
	fmt.Print(b, " ")
	b <<= 3
	fmt.Print(b, " ")
	b >>= 1
	fmt.Print(b, " ")
	b &^= 0b100
	fmt.Println(b)
	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println(f)
	s := "ab"
	s += "cd"
	fmt.Println(s)
	arr := []int{1, 2, 3}
	arr[idx()] += 10 // index expression evaluated once
	fmt.Println(arr, idxCalls)
	st := &S{5}
	st.N <<= 2
	m := map[string]int{}
	m["k"] += 3
	m["k"] *= 2
	fmt.Println(st.N, m)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
}
