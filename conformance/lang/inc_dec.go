// ++ and -- are statements (not expressions) that work on any addressable
// numeric operand: variables, fields, elements, map entries, through pointers, floats.
package main

import "fmt"

type C struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	c := C{}
	c.n++
	pc := &c
	pc.n++
	fmt.Println(c.n)
	s := []int{0, 0}
	s[1]++
	s[1]++
	m := map[string]int{}
	m["x"]++
	m["x"]++
	m["y"]--
	fmt.Println(s, m)
	f := 0.5
	f++
	fmt.Println(f)
	var u uint8 = 255
	u++
	fmt.Println(u)
	var z complex128 = 1i
	z++
	fmt.Println(z)
	p := &i
	*p++
	fmt.Println(i)
	arr := [2][2]int{}
	arr[1][0]--
	fmt.Println(arr)
}
