// recover() in a method deferred through an interface (pointer, word-sized and
// larger value receivers, devirtualized or not) stops the panic.
package main

import "fmt"

type I interface{ M() }

type T1 struct{}

func (*T1) M() { fmt.Println("*T1.M recovered:", recover()) }

type T2 uintptr

func (T2) M() { fmt.Println("T2.M recovered:", recover()) }

type T3 struct{ a, b, c int }

func (T3) M() { fmt.Println("T3.M recovered:", recover()) }

// Sub-call: recover in a function the method calls sees nothing.
type T4 struct{}

func (T4) M() { fmt.Println("T4.M sub-call:", helper()) }

func helper() interface{} { return recover() }

func through(i I, v int) {
	defer i.M()
	panic(v)
}

func main() {
	func() { var i I = &T1{}; defer i.M(); panic(1) }()
	func() { var i I = T2(0); defer i.M(); panic(2) }()
	func() { var i I = T3{}; defer i.M(); panic(3) }()
	for n, i := range []I{&T1{}, T2(7), T3{1, 2, 3}} {
		through(i, 10+n)
	}
	defer func() { fmt.Println("main recovered:", recover()) }()
	through(T4{}, 20)
}
