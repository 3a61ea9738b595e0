// Method expressions T.M and (*T).M yield functions taking the receiver as
// the first argument; (*T).M works for value methods too; I.M for interfaces.
package main

import "fmt"

type P struct{ X, Y int }

func (p P) Sum() int         { return p.X + p.Y }
func (p *P) Scale(k int)     { p.X *= k; p.Y *= k }
func (p P) Plus(d int) P     { return P{p.X + d, p.Y + d} }

type Summer interface{ Sum() int }

func main() {
	sum := P.Sum
	scale := (*P).Scale
	psum := (*P).Sum
	plus := P.Plus
	p := P{1, 2}
	fmt.Println(sum(p))
	scale(&p, 10)
	fmt.Println(p, psum(&p), plus(p, 1))
	fmt.Printf("%T\n%T\n%T\n", sum, scale, psum)
	isum := Summer.Sum
	fmt.Println(isum(P{3, 4}))
	fns := []func(P) int{P.Sum, func(p P) int { return p.X }}
	for _, f := range fns {
		fmt.Print(f(P{5, 6}), " ")
	}
	fmt.Println()
}
