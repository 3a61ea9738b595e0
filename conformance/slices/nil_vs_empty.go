// A nil slice and an empty slice both have len 0 and cap 0 and print as [];
// only the nil one compares equal to nil; %#v tells them apart.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 4)
	fmt.Println(a == nil, b == nil, c == nil, d == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(d), cap(d))
	fmt.Println(a, b, c, d)
	fmt.Printf("%#v %#v %#v\n", a, b, d)
	fmt.Println("nil[:0] is nil:", a[:0] == nil, "nil[0:0:0] is nil:", a[0:0:0] == nil)
	fmt.Println("empty[:0] is nil:", b[:0] == nil)
	for range a {
		fmt.Println("never")
	}
	var s []string
	s = append(s, "x")
	fmt.Println(s, s == nil)
}
