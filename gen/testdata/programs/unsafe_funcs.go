// unsafe.String/StringData/Slice/SliceData/Add/Sizeof and the panics of
// unsafe.Slice and unsafe.String (gc's checks and messages).
package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func size[T any]() uintptr {
	var x T
	return unsafe.Sizeof(x)
}

func main() {
	b := []byte("hello, world")
	s := unsafe.String(unsafe.SliceData(b), 5)
	fmt.Println(s, len(s))
	t := unsafe.Slice(unsafe.StringData("gopher"), 3)
	fmt.Println(string(t), len(t), cap(t))
	arr := [4]int32{1, 2, 3, 4}
	p := unsafe.Add(unsafe.Pointer(&arr[0]), 8)
	fmt.Println(*(*int32)(p), size[int16](), size[[3]int64](), size[struct{ a byte; b int }]())
	fmt.Println(unsafe.Slice((*int)(nil), 0) == nil, unsafe.String(nil, 0) == "")
	n := -1
	var big uint64 = 1 << 63
	try("slice nil", func() { _ = unsafe.Slice((*int)(nil), 2) })
	try("slice negative", func() { _ = unsafe.Slice(&arr[0], n) })
	try("slice too big", func() { _ = unsafe.Slice(&arr[0], big) })
	try("slice overflow", func() { _ = unsafe.Slice(&arr[0], 1<<62) })
	end := (*byte)(unsafe.Pointer(^uintptr(0)))
	try("slice at end", func() { fmt.Println(len(unsafe.Slice(end, 1))) })
	try("slice past end", func() { _ = unsafe.Slice(end, 2) })
	try("string nil", func() { _ = unsafe.String(nil, 1) })
	try("string negative", func() { _ = unsafe.String(&b[0], n) })
	try("string past end", func() { _ = unsafe.String(end, 2) })
}
