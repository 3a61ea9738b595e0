// reflect on unsafe.Pointer: a named type of package unsafe (PkgPath
// "unsafe", Name "Pointer"), unlike the predeclared types; types built on it.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type P unsafe.Pointer

func main() {
	t := reflect.TypeOf(unsafe.Pointer(nil))
	fmt.Println(t.PkgPath(), t.Name(), t.String(), t.Kind(), t.NumMethod())
	fmt.Printf("%q %q\n", reflect.TypeOf(0).PkgPath(), reflect.TypeOf("").PkgPath())
	p := reflect.TypeOf(P(nil))
	fmt.Println(p.PkgPath(), p.Name(), p.String(), p.Kind())
	fmt.Println(reflect.PointerTo(t).String(), reflect.SliceOf(t).String())
	var x any = unsafe.Pointer(nil)
	_, ok := x.(unsafe.Pointer)
	fmt.Println(ok)
}
