// An interface holding a value holds a copy (later changes to the variable are
// not seen); one holding a pointer sees and makes changes through it.
package main

import "fmt"

type Box struct{ N int }

func (b Box) Get() int { return b.N }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var byVal Getter = b
	var byPtr Getter = &b
	b.N = 2
	fmt.Println(byVal.Get(), byPtr.Get())
	p := byPtr.(*Box)
	p.N = 3
	fmt.Println(b.N, byVal.Get())
	v := byVal.(Box)
	v.N = 100
	fmt.Println(byVal.Get())
	var a1 any = b
	var a2 any = b
	var a3 any = &b
	var a4 any = &b
	fmt.Println(a1 == a2, a3 == a4, a1 == a3)
	fmt.Printf("%T %T\n", a1, a3)
}
