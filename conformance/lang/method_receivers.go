// Value receivers get a copy, pointer receivers can mutate; calls on
// addressable values take & automatically and calls on pointers dereference.
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) AddV(n int) int { a.total += n; return a.total }
func (a *Acc) AddP(n int)    { a.total += n }
func (a Acc) Total() int     { return a.total }

type Num int

func (n Num) Double() Num { return n * 2 }
func (n *Num) Inc()       { *n++ }

func main() {
	a := Acc{}
	fmt.Println(a.AddV(5), a.total)
	a.AddP(5) // (&a).AddP
	fmt.Println(a.total)
	p := &a
	p.AddP(1)
	fmt.Println(p.Total(), p.AddV(100), a.total) // (*p).Total
	var n Num = 3
	n.Inc()
	fmt.Println(n, n.Double(), Num(10).Double())
	accs := []Acc{{1}, {2}}
	accs[0].AddP(10) // slice elements are addressable
	for _, x := range accs {
		x.AddP(100) // copy
	}
	fmt.Println(accs)
	m := map[string]*Acc{"a": {1}}
	m["a"].AddP(1)
	fmt.Println(m["a"].total)
	arr := [2]Num{1, 2}
	arr[1].Inc()
	fmt.Println(arr)
}
