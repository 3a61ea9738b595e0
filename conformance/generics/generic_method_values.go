// Method values and method expressions of instantiated generic types behave
// like those of ordinary types: bound receivers, Type[Arg].Method expressions.
package main

import "fmt"

type Acc[T int | float64] struct{ sum T }

func (a *Acc[T]) Add(v T) *Acc[T] { a.sum += v; return a }
func (a Acc[T]) Sum() T           { return a.sum }

func main() {
	a := &Acc[int]{}
	add := a.Add
	add(3)
	add(4)
	sum := a.Sum // receiver copied now
	a.Add(100)
	fmt.Println(sum(), a.Sum())
	addF := (*Acc[float64]).Add
	sumF := Acc[float64].Sum
	f := Acc[float64]{}
	addF(&f, 1.5).Add(1)
	fmt.Println(sumF(f))
	fmt.Printf("%T\n%T\n", addF, sumF)
	fs := []func(int) *Acc[int]{a.Add, (&Acc[int]{}).Add}
	for _, g := range fs {
		fmt.Print(g(1).Sum(), " ")
	}
	fmt.Println()
}
