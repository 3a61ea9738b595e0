// Slicing a nil pointer to an array panics, also when the nil pointer is a
// converted constant; an empty string constant has no data pointer
// (unsafe.StringData), and package variables of a large array live where gc
// puts them (low addresses: the program is a position-dependent executable).
package main

import (
	"fmt"
	"unsafe"
)

var big [64 << 20]byte

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	try("conv[:]", func() { println(len((*[1]int)(nil)[:])) })
	try("conv[0:1]", func() { _ = (*[4]int)(nil)[0:1] })
	try("range", func() {
		for i := range (*[1]int)(nil)[:] {
			_ = i
		}
	})
	try("range2", func() {
		for i, v := range (*[3]int)(nil)[:] {
			_ = i + v
		}
	})
	var p *[2]string
	try("var[:]", func() { _ = p[:] })
	fmt.Println(unsafe.StringData("") == nil, unsafe.SliceData([]byte(nil)) == nil)
	s := "x"
	fmt.Println(unsafe.StringData(s[:0]) != nil || true)
	fmt.Println(uintptr(unsafe.Pointer(&big)) < 1<<30)
}
