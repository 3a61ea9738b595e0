// Generic types with several type parameters: Pair[K, V], methods returning
// other instantiations (Swap), and %T naming the type arguments.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Zip[A comparable, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = MakePair(as[i], bs[i])
	}
	return out
}

type Triple[A, B, C any] struct {
	A A
	B B
	C C
}

func main() {
	p := MakePair("x", 1.5)
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	q := Swap(MakePair(1, "one"))
	fmt.Printf("%v %T\n", q, q)
	z := Zip([]int{1, 2, 3}, []bool{true, false})
	fmt.Println(z, len(z))
	t := Triple[int, string, []float64]{1, "b", []float64{3}}
	fmt.Printf("%+v %T\n", t, t)
	m := map[Pair[int, int]]string{{1, 2}: "a"}
	fmt.Println(m[Pair[int, int]{1, 2}])
}
