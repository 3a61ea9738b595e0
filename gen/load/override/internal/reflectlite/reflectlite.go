// Package reflectlite is goc's replacement for internal/reflectlite, as far
// as package sort uses it (sort.Slice, SliceStable, SliceIsSorted): the
// length of a slice held in an interface and a function that swaps two of
// its elements. The slice header and element size come from goc's type
// descriptors (include/goc/types.h) through small C bodies.
package reflectlite

import "unsafe"

// Value is the subset of reflect.Value that sort needs: a slice's length.
type Value struct {
	len int
}

// ValueOf returns the Value of i, which must hold a slice.
func ValueOf(i any) Value {
	n := sliceLen(i)
	if n < 0 {
		panic(&ValueError{Method: "reflectlite.Value.Len"})
	}
	return Value{len: n}
}

// Len returns the length of the slice.
func (v Value) Len() int { return v.len }

// ValueError is the panic value of a method called on a Value of the wrong kind.
type ValueError struct {
	Method string
}

func (e *ValueError) Error() string {
	return "reflect: call of " + e.Method + " on non-slice Value"
}

// Swapper returns a function that swaps the elements i and j of slice, as
// reflect.Swapper does; it panics if slice is not a slice.
func Swapper(slice any) func(i, j int) {
	n := sliceLen(slice)
	if n < 0 {
		panic(&ValueError{Method: "Swapper"})
	}
	if n < 2 {
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	p, size := sliceData(slice), elemSize(slice)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapElems(p, size, uintptr(i), uintptr(j))
	}
}

// sliceLen returns the length of the slice in x, or -1 if x holds no slice.
//
//goc:cbody if (x.type == NULL || x.type->kind != GOC_SLICE) return -1;
//goc:cbody return ((goc_slice *)x.data)->len;
func sliceLen(x any) int

// sliceData returns the pointer to the first element of the slice in x.
//
//goc:cbody return ((goc_slice *)x.data)->ptr;
func sliceData(x any) unsafe.Pointer

// elemSize returns the size of an element of the slice in x.
//
//goc:cbody return x.type->elem->size;
func elemSize(x any) uintptr

// swapElems swaps elements i and j of size bytes at p, a word at a time when
// the size allows it so that no pointer is ever only partly in place.
//
//goc:cbody uint8_t *a = (uint8_t *)p + i * size, *b = (uint8_t *)p + j * size;
//goc:cbody if (size % sizeof(uintptr_t) == 0 && ((uintptr_t)p % sizeof(uintptr_t)) == 0) {
//goc:cbody     for (uintptr_t k = 0; k < size; k += sizeof(uintptr_t)) { uintptr_t t = *(uintptr_t *)(a + k); *(uintptr_t *)(a + k) = *(uintptr_t *)(b + k); *(uintptr_t *)(b + k) = t; }
//goc:cbody     return;
//goc:cbody }
//goc:cbody for (uintptr_t k = 0; k < size; k++) { uint8_t t = a[k]; a[k] = b[k]; b[k] = t; }
func swapElems(p unsafe.Pointer, size, i, j uintptr)
