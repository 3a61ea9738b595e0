// Each instance of a generic function declares its own local types, even
// those that do not use the type parameters: F[int].T and F[string].T are
// distinct, printed main.T[int] / main.T[string] (a generic local type
// main.Q[int;string]); a local type named in a type argument keeps gc's
// number of local type declarations (main.G[main.L·6]: the sixth).
package main

import "fmt"

type G[T any] struct{ x T }

type Boxer interface{ Box() string }

type S struct{}

func (S) Box() string { return "S.Box" }

func F[A any](a A) (any, any, any) {
	type T struct{ n int }
	type P struct{ a A }
	type Q[B any] struct{ b B }
	type E struct{ S } // promoted method, per instance
	var b Boxer = E{}
	fmt.Printf("%T %T %T %T %T %s\n", T{}, P{a}, Q[string]{}, G[T]{}, []Q[T]{}, b.Box())
	return T{1}, Q[int]{2}, E{}
}

type H[X any] struct{}

// a local type of a generic type's method is per receiver instance too
func (H[X]) M() any {
	type R struct{}
	return R{}
}

func main() {
	type L int
	fmt.Printf("%T %T %T\n", L(0), G[L]{}, map[L]G[*L]{})
	t1, q1, e1 := F(1)
	t2, q2, e2 := F("s")
	t3, q3, _ := F(L(3))
	t4, q4, e4 := F(4)
	fmt.Println(t1 == t4, q1 == q4, e1 == e4)
	fmt.Println(t1 == t2, q1 == q2, e1 == e2, t1 == t3, q2 == q3)
	fmt.Printf("%v %v %T %T\n", t1, q2, t3, q3)
	r1, r2 := H[int]{}.M(), H[string]{}.M()
	fmt.Printf("%T %T %v %v\n", r1, r2, r1 == r2, r1 == H[int]{}.M())
	func() {
		type M struct{}
		fmt.Printf("%T %T\n", M{}, G[M]{})
	}()
}
