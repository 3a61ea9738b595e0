// A method value x.M binds its receiver when evaluated: a value receiver is
// copied at that moment, a pointer receiver keeps pointing at the variable.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) PGet() int { return t.n }
func (t *T) Add(d int) { t.n += d }

type Getter interface{ Get() int }

func main() {
	t := T{1}
	get := t.Get   // copies t now
	pget := t.PGet // takes &t
	add := t.Add
	t.n = 2
	fmt.Println(get(), pget())
	add(10)
	fmt.Println(t.n, get(), pget())
	p := &T{5}
	vget := p.Get // copies *p now
	p.n = 6
	fmt.Println(vget(), p.Get())
	var g Getter = T{7}
	ig := g.Get // interface method value
	g = T{8}
	fmt.Println(ig(), g.Get())
	fs := []func() int{t.Get, p.PGet}
	t.n, p.n = 0, 0
	fmt.Println(fs[0](), fs[1]())
	fmt.Printf("%T %T\n", get, add)
}
