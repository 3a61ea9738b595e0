// The pointer-method constraint pattern: PT interface{ *T; M() } lets a
// generic function allocate T values and call pointer methods on them.
package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = "name:" + s }

type Count struct{ n int }

func (c *Count) Set(s string) { c.n = len(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	names := FromStrings[Name]([]string{"a", "b"})
	counts := FromStrings[Count]([]string{"abc", "", "hello"})
	fmt.Println(names, counts)
	fmt.Printf("%T %T\n", names, counts)
}
