// unsafe.Offsetof, Sizeof and Alignof in generic functions, where they are
// not constants: fields after a type parameter's field, promoted fields
// (the offset along the embedding path), through a pointer receiver, and
// the same selectors outside generic code (constants) for comparison.
package main

import (
	"fmt"
	"unsafe"
)

type Embedded struct {
	B int16
	C int64
}

type S[K any] struct {
	A K
	Embedded
	D byte
	E [3]K
}

type Pair[K, V any] struct {
	key K
	val V
}

func offsets[K any](d *S[K]) []uintptr {
	return []uintptr{unsafe.Offsetof(d.A), unsafe.Offsetof(d.Embedded), unsafe.Offsetof(d.B),
		unsafe.Offsetof(d.C), unsafe.Offsetof(d.D), unsafe.Offsetof(d.E), unsafe.Sizeof(*d), unsafe.Alignof(*d)}
}

func pairOffset[K, V any]() uintptr {
	var p Pair[K, V]
	return unsafe.Offsetof(p.val)
}

func main() {
	fmt.Println(offsets(new(S[byte])))
	fmt.Println(offsets(new(S[int32])))
	fmt.Println(offsets(new(S[[5]int64])))
	fmt.Println(offsets(new(S[struct{}])))
	fmt.Println(pairOffset[byte, int64](), pairOffset[string, byte](), pairOffset[struct{}, int]())
	var s S[int32]
	fmt.Println(unsafe.Offsetof(s.B), unsafe.Offsetof(s.C), unsafe.Offsetof(s.E))
}
