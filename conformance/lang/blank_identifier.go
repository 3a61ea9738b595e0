// The blank identifier discards values in assignments, range, results and
// parameters, can be declared at package level to force evaluation, and _ fields are skipped.
package main

import "fmt"

var calls int

func side() int {
	calls++
	return calls
}

var _ = side() // evaluated during initialisation

type Stringish interface{ String() string }
type Impl struct{}

func (Impl) String() string { return "impl" }

var _ Stringish = Impl{} // compile-time assertion

func pair() (int, string) { return 7, "seven" }

func ignoreParams(_ int, b int, _ string) int { return b * 2 }

type Padded struct {
	A int
	_ [4]byte
	B int
}

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(s, n)
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	fmt.Println(sum)
	_ = side()
	fmt.Println(calls)
	fmt.Println(ignoreParams(1, 2, "x"))
	p := Padded{A: 1, B: 2}
	fmt.Printf("%v %+v\n", p, p)
	var _ int = 5
	_, _ = 1, 2
	m := map[string]int{"a": 1}
	_, ok := m["a"]
	fmt.Println(ok)
}
