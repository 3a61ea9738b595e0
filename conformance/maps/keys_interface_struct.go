// Struct, array and pointer values stored in interface keys compare by their dynamic
// type and contents; different named types with equal contents are different keys.
package main

import "fmt"

type P struct {
	X, Y int
}

type Q struct {
	X, Y int
}

type S struct {
	Name string
	F    float64
}

type Stringer interface{ String() string }

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func main() {
	m := map[any]int{}
	m[P{1, 2}] = 1
	m[Q{1, 2}] = 2
	m[P{1, 2}] += 10
	m[[2]int{1, 2}] = 3
	m[struct{ X, Y int }{1, 2}] = 4
	m[S{"a", 1}] = 5
	fmt.Println(len(m), m[P{1, 2}], m[Q{1, 2}], m[[2]int{1, 2}], m[struct{ X, Y int }{1, 2}], m[S{"a", 1}])
	_, ok := m[S{"a", 2}]
	fmt.Println(ok)
	pa, pb := &P{}, &P{}
	m[pa] = 6
	fmt.Println(m[pa], m[pb], len(m))
	sm := map[Stringer]string{}
	sm[T{1}] = "one"
	sm[T{2}] = "two"
	sm[T{1}] = "uno"
	fmt.Println(len(sm), sm[T{1}], sm[T{2}], sm)
	var nilS Stringer
	sm[nilS] = "nil"
	fmt.Println(len(sm), sm[nil])
	nested := map[any]int{}
	nested[[2]any{1, "x"}] = 1
	nested[[2]any{1, "x"}] = 2
	nested[struct{ A any }{P{0, 0}}] = 3
	nested[struct{ A any }{Q{0, 0}}] = 4
	fmt.Println(len(nested), nested[[2]any{1, "x"}], nested[struct{ A any }{P{}}], nested[struct{ A any }{Q{}}])
}
