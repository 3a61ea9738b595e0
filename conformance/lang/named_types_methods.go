// Methods on named slice, map and func types, and on named basic types; the
// receiver can be modified through a pointer (e.g. append to *Stack).
package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Counts map[string]int

func (c Counts) Add(k string) { c[k]++ } // map: value receiver suffices
func (c Counts) Total() (t int) {
	for _, v := range c {
		t += v
	}
	return
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Peek(), len(s), s)
	c := Counts{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	fmt.Println(c, c.Total())
	h := Handler(func(s string) string { return "<" + s + ">" })
	fmt.Println(h.Twice("x"))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	fmt.Printf("%T %T %T\n", s, c, h)
}
