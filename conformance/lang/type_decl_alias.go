// A type definition creates a new named type (different from its underlying
// type, needs conversion, own method set); an alias is the identical type.
package main

import "fmt"

type MyInt int
type IntAlias = int
type Strs []string
type StrsAlias = []string

func (m MyInt) Twice() MyInt { return m * 2 }

type Inner struct{ V int }
type Defined Inner
type Aliased = Inner

func (i Inner) Get() int { return i.V }

func main() {
	var a MyInt = 5
	var b IntAlias = 6
	var c int = b // alias: no conversion needed
	d := int(a)
	fmt.Printf("%T %T %T %T\n", a, b, c, d)
	fmt.Println(a.Twice(), MyInt(c).Twice())
	var s Strs = []string{"x"}
	var sa StrsAlias = s // assignable: underlying types identical, one unnamed
	fmt.Printf("%T %T\n", s, sa)
	al := Aliased{1}
	fmt.Println(al.Get()) // alias keeps the methods
	def := Defined{2}
	fmt.Println(Inner(def).Get()) // defined type does not inherit methods
	fmt.Printf("%T %T\n", al, def)
	var x any = a
	_, isInt := x.(int)
	_, isMy := x.(MyInt)
	fmt.Println(isInt, isMy)
	type local struct{ z int }
	fmt.Printf("%T\n", local{})
}
