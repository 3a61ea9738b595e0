// Every distinct type-argument list yields a distinct type: Box[int] and
// Box[MyInt] differ in type switches, as map keys and in %T; equal lists are identical.
package main

import "fmt"

type Box[T any] struct{ V T }

type MyInt int

type IntBox = Box[int] // alias of an instantiation: the same type
type OwnBox Box[int]   // new defined type: no methods of Box[int]

func (b Box[T]) Get() T { return b.V }

func kind(x any) string {
	switch x.(type) {
	case Box[int]:
		return "Box[int]"
	case Box[MyInt]:
		return "Box[MyInt]"
	case Box[string]:
		return "Box[string]"
	case OwnBox:
		return "OwnBox"
	}
	return "unknown"
}

func main() {
	fmt.Println(kind(Box[int]{1}), kind(Box[MyInt]{1}), kind(IntBox{2}), kind(OwnBox{3}), kind(Box[string]{}))
	m := map[any]int{}
	m[Box[int]{1}]++
	m[IntBox{1}]++
	m[Box[MyInt]{1}]++
	fmt.Println(len(m), m[Box[int]{1}])
	fmt.Printf("%T %T %T\n", IntBox{}, OwnBox{}, Box[Box[MyInt]]{})
	var a any = Box[int]{5}
	var b any = IntBox{5}
	fmt.Println(a == b, IntBox{7}.Get(), Box[int](OwnBox{8}).Get())
}
